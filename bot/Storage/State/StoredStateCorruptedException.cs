namespace SupportBot.Bot.Storage.State;

/// <summary>
/// A stored state item could not be read back. The storage has already deleted it, so the next read starts
/// fresh; <see cref="Recovery.StateRecoveryMiddleware"/> turns this into an apology and a new start.
/// </summary>
public sealed class StoredStateCorruptedException : Exception
{
    public StoredStateCorruptedException()
    {
    }

    public StoredStateCorruptedException(string message)
        : base(message)
    {
    }

    public StoredStateCorruptedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoredStateCorruptedException(string key, Exception innerException, bool deleted)
        : base($"Stored state '{key}' could not be deserialized and was {(deleted ? "deleted" : "left in place")}.", innerException)
    {
        Key = key;
    }

    public string? Key { get; }
}
