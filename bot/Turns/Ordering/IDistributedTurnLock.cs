namespace SupportBot.Bot.Turns.Ordering;

/// <summary>Serializes a conversation's turns across bot instances; the in-process order is kept by <see cref="ConversationTurnLocks"/>.</summary>
public interface IDistributedTurnLock
{
    /// <summary>Waits until no other instance runs a turn of this conversation; dispose to let the next one in.</summary>
    Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken);
}
