namespace SupportBot.Bot.Messages;

/// <summary>Log messages of the /api/messages door.</summary>
internal static partial class MessagesLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Refused an activity with {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Refused an unauthenticated activity for conversation {ConversationId}")]
    public static partial void Unauthenticated(ILogger logger, string conversationId, Exception reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Could not reach the token service to authenticate a request")]
    public static partial void TokenServiceUnreachable(ILogger logger, Exception exception);
}
