using Microsoft.Extensions.Logging;

namespace SupportBot.Bot.Storage;

/// <summary>Every log line the storage layer writes, as compiled message templates.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Stored state {StateKey} could not be deserialized; deleting it so the conversation starts fresh")]
    public static partial void CorruptedState(ILogger logger, Exception exception, string stateKey);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Conversation {ConversationId} had unreadable state; it was reset and the customer is told")]
    public static partial void StateReset(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Activity {ActivityId} of conversation {ConversationId} was already processed; ignoring the repeat")]
    public static partial void DuplicateActivity(ILogger logger, string activityId, string conversationId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Deleted {Count} transcript entries older than {RetentionDays} days")]
    public static partial void TranscriptsPruned(ILogger logger, int count, int retentionDays);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "Storage housekeeping pass failed")]
    public static partial void TranscriptPruneFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Error, Message = "Transcript entry of conversation {ConversationId} could not be stored")]
    public static partial void TranscriptWriteFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "Storage ready: {Provider}")]
    public static partial void StorageReady(ILogger logger, StorageProvider provider);
}
