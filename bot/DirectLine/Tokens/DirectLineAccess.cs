namespace SupportBot.Bot.DirectLine.Tokens;

/// <summary>The door of every Direct Line call: who is calling, and may they touch this conversation (403 if not).</summary>
internal static class DirectLineAccess
{
    public static (DirectLineCaller? Caller, IResult? Refusal) Check(HttpRequest request, DirectLineAuthenticator authenticator, string? conversationId, ILogger logger, bool allowQueryToken = false)
    {
        var check = authenticator.Authenticate(request, allowQueryToken);
        if (check.Caller is null)
        {
            return (null, DirectLineResults.Error(check.Refusal!, logger));
        }

        if (conversationId is not null && !check.Caller.CanAccess(conversationId))
        {
            return (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, "The token is not valid for this conversation.", logger));
        }

        return (check.Caller, null);
    }
}
