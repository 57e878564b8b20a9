using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.DirectLine;

/// <summary>Direct Line's error body: <c>{"error":{"code","message"}}</c>.</summary>
internal static class DirectLineResults
{
    /// <summary>403 TokenExpired for a refresh (or a start with a token) past DirectLine:TokenMaxLifetimeHours.</summary>
    public static IResult ChainEnded(ILogger? logger = null) => Error(
        StatusCodes.Status403Forbidden,
        "TokenExpired: this conversation's tokens reached DirectLine:TokenMaxLifetimeHours; start a new conversation.",
        logger);

    public static IResult Error(Refusal refusal, ILogger? logger = null) => Error(refusal.StatusCode, refusal.Reason, logger);

    public static IResult Error(int statusCode, string message, ILogger? logger = null)
    {
        if (logger is not null)
        {
            DirectLineLog.Refused(logger, statusCode, message);
        }

        var code = statusCode switch
        {
            StatusCodes.Status400BadRequest => "BadArgument",
            StatusCodes.Status401Unauthorized => "BadArgument",
            StatusCodes.Status403Forbidden => message.StartsWith("TokenExpired", StringComparison.Ordinal) ? "TokenExpired" : "BadArgument",
            StatusCodes.Status404NotFound => "NotFound",
            StatusCodes.Status413PayloadTooLarge => "MessageSizeTooBig",
            _ => "ServiceError",
        };
        return Results.Json(new { error = new { code, message } }, statusCode: statusCode);
    }
}
