namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>An authenticated caller, or the status code and reason to refuse the request with.</summary>
public sealed record CallerCheck(DirectLineCaller? Caller, int StatusCode, string? Reason)
{
    public static CallerCheck Refuse(int statusCode, string reason) => new(null, statusCode, reason);
}
