namespace SupportBot.Understanding.Clu;

/// <summary>The snake_case words used as metric tags and in logs for outcomes, fallback reasons and states.</summary>
public static class CluReasons
{
    public const string Success = "success";
    public const string CacheHit = "cache_hit";
    public const string CircuitOpen = "circuit_open";
    public const string TooLong = "too_long";

    public static string Of(CluFailure failure) => failure switch
    {
        CluFailure.Unauthorized => "unauthorized",
        CluFailure.NotFound => "not_found",
        CluFailure.BadRequest => "bad_request",
        CluFailure.Throttled => "throttled",
        CluFailure.ServerError => "server_error",
        CluFailure.Timeout => "timeout",
        CluFailure.Network => "network",
        _ => "malformed_response",
    };

    public static string Of(CluCircuitState state) => state switch
    {
        CluCircuitState.Closed => "closed",
        CluCircuitState.Open => "open",
        _ => "half_open",
    };
}
