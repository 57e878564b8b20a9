namespace SupportBot.Bot.Turns.Ordering;

/// <summary>
/// In-process, first-come first-served lock per conversation. Waiters queue in the order they called
/// <see cref="AcquireAsync"/>; an entry disappears when its last holder leaves, so idle conversations cost nothing.
/// </summary>
public sealed class ConversationTurnLocks
{
    private readonly Dictionary<string, Queue<TaskCompletionSource>> _held = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Conversations currently holding or waiting for the lock (for tests and metrics).</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    public async Task<IDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        TaskCompletionSource turn;
        lock (_gate)
        {
            if (!_held.TryGetValue(conversationId, out var waiters))
            {
                _held[conversationId] = new Queue<TaskCompletionSource>();
                return new Releaser(this, conversationId);
            }

            turn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Enqueue(turn);
        }

        // A cancelled waiter stays queued; Release skips it because TrySetResult then fails.
        await using (cancellationToken.Register(() => turn.TrySetCanceled(cancellationToken)))
        {
            await turn.Task;
        }

        return new Releaser(this, conversationId);
    }

    private void Release(string conversationId)
    {
        lock (_gate)
        {
            var waiters = _held[conversationId];
            while (waiters.TryDequeue(out var next))
            {
                if (next.TrySetResult())
                {
                    return;
                }
            }

            _held.Remove(conversationId);
        }
    }

    private sealed class Releaser(ConversationTurnLocks owner, string conversationId) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(conversationId);
            }
        }
    }
}
