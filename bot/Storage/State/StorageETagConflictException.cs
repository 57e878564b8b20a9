namespace SupportBot.Bot.Storage.State;

/// <summary>A write carried an ETag that no longer matches the stored item (someone else wrote it first).</summary>
public sealed class StorageETagConflictException : Exception
{
    public StorageETagConflictException()
    {
    }

    public StorageETagConflictException(string message)
        : base(message)
    {
    }

    public StorageETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StorageETagConflictException(string key, string expectedETag)
        : base($"Etag conflict on '{key}': the write expected ETag '{expectedETag}' but the stored item has changed.")
    {
        Key = key;
    }

    public string? Key { get; }
}
