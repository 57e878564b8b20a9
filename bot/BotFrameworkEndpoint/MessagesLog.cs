namespace SupportBot.Bot.BotFrameworkEndpoint;

/// <summary>Log messages of the /api/messages door.</summary>
internal static partial class MessagesLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Refused an activity with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Refused an unauthenticated activity for conversation {ConversationId}")]
    public static partial void Unauthenticated(ILogger logger, string conversationId, Exception reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Could not fetch the Bot Framework OpenID metadata to authenticate requests; they are answered 503 until it is reachable. The host needs outbound HTTPS to login.botframework.com and login.microsoftonline.com (or the ToBotFromChannelOpenIdMetadataUrl set); for local testing leave MicrosoftAppId blank")]
    public static partial void TokenServiceUnreachable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Bot Framework OpenID metadata still unreachable; answered 503")]
    public static partial void TokenServiceStillUnreachable(ILogger logger);
}
