namespace SupportBot.Bot.Turns;

/// <summary>Log messages of the turn boundary and the turn records (ordering, transcripts, recovery); 5xxx ids kept from before the move.</summary>
internal static partial class TurnLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Turn failed in conversation {ConversationId} on channel {ChannelId} for activity {ActivityType}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? conversationId, string? channelId, string? activityType);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Could not send the apology in conversation {ConversationId}")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Could not record the failed turn in conversation {ConversationId}")]
    public static partial void FailureNotRecorded(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Conversation {ConversationId} had unreadable state; it was reset and the customer is told")]
    public static partial void StateReset(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Activity {ActivityId} of conversation {ConversationId} was already processed; ignoring the repeat")]
    public static partial void DuplicateActivity(ILogger logger, string activityId, string conversationId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Activity {ActivityId} of conversation {ConversationId} was processed but {Count} replies had not reached the channel; sending them now")]
    public static partial void RepliesResent(ILogger logger, string activityId, string conversationId, int count);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Replies of activity {ActivityId} in conversation {ConversationId} are committed but could not be delivered; a redelivery or the next start sends them")]
    public static partial void RepliesNotDelivered(ILogger logger, Exception exception, string activityId, string conversationId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Error, Message = "Transcript entry of conversation {ConversationId} could not be stored")]
    public static partial void TranscriptWriteFailed(ILogger logger, Exception exception, string conversationId);
}
