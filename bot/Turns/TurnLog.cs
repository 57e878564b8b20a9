namespace SupportBot.Bot.Turns;

/// <summary>Log messages of the turn boundary.</summary>
internal static partial class TurnLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} on channel {ChannelId} for activity {ActivityType}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? conversationId, string? channelId, string? activityType);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Could not send the apology in conversation {ConversationId}")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Could not record the failed turn in conversation {ConversationId}")]
    public static partial void FailureNotRecorded(ILogger logger, Exception exception, string? conversationId);
}
