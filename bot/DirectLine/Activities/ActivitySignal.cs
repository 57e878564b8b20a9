namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// Wakes the streams of a conversation when this process appends to its log, or when another instance's append is
/// announced (Notifications/PostgresAppendListener). A stream subscribes while it waits;
/// each append completes the current wake-up task and starts the next. Entries live only while someone waits,
/// so finished conversations leave nothing behind.
/// </summary>
public sealed class ActivitySignal
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How many conversations someone is waiting on (for tests: it returns to 0 when streams end).</summary>
    internal int WaitedOnCount
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public Subscription Subscribe(string conversationId)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(conversationId, out var entry))
            {
                entry = new Entry();
                _entries[conversationId] = entry;
            }

            entry.Subscribers++;
        }

        return new Subscription(this, conversationId);
    }

    public void Appended(string conversationId)
    {
        TaskCompletionSource? woken = null;
        lock (_lock)
        {
            if (_entries.TryGetValue(conversationId, out var entry))
            {
                woken = entry.Next;
                entry.Next = NewSource();
            }
        }

        woken?.TrySetResult();
    }

    /// <summary>Wakes every conversation someone waits on, so each re-reads once (after announcements may have been missed).</summary>
    public void AppendedToAll()
    {
        List<TaskCompletionSource> woken;
        lock (_lock)
        {
            woken = new List<TaskCompletionSource>(_entries.Count);
            foreach (var entry in _entries.Values)
            {
                woken.Add(entry.Next);
                entry.Next = NewSource();
            }
        }

        foreach (var source in woken)
        {
            source.TrySetResult();
        }
    }

    private Task NextAppend(string conversationId)
    {
        lock (_lock)
        {
            return _entries[conversationId].Next.Task;
        }
    }

    private void Release(string conversationId)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(conversationId, out var entry) && --entry.Subscribers == 0)
            {
                _entries.Remove(conversationId);
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>One waiter's interest in a conversation; dispose when done waiting.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly ActivitySignal _signal;
        private readonly string _conversationId;
        private bool _disposed;

        internal Subscription(ActivitySignal signal, string conversationId)
        {
            _signal = signal;
            _conversationId = conversationId;
        }

        /// <summary>A task that completes at the next append to the conversation.</summary>
        public Task NextAppend() => _signal.NextAppend(_conversationId);

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                _signal.Release(_conversationId);
            }
        }
    }

    private sealed class Entry
    {
        public int Subscribers { get; set; }

        public TaskCompletionSource Next { get; set; } = NewSource();
    }
}
