using Microsoft.Extensions.Logging;

namespace SupportBot.Bot.Storage;

/// <summary>Every log line the storage layer writes, as compiled message templates.</summary>
internal static partial class StorageLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "Stored state {StateKey} could not be deserialized; deleting it so the conversation starts fresh")]
    public static partial void CorruptedState(ILogger logger, Exception exception, string stateKey);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "Storage ready: {Provider}")]
    public static partial void StorageReady(ILogger logger, StorageProvider provider);
}
