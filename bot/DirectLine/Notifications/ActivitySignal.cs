using SupportBot.Bot.DirectLine.Log;

namespace SupportBot.Bot.DirectLine.Notifications;

/// <summary>
/// Wakes the streams of a conversation when this process appends to its log, or when another instance's append is
/// announced (Notifications/PostgresAppendListener). A stream subscribes while it is open;
/// each append completes the current wake-up task and starts the next. This process's appends also leave their
/// committed activities here (the last <see cref="RecentKept"/>), so a woken stream can send them without reading
/// the log back; an announcement without content counts as unknown, and then the stream reads the log.
/// Entries live only while someone is subscribed, so finished conversations leave nothing behind.
/// </summary>
public sealed class ActivitySignal
{
    /// <summary>Committed activities kept per subscribed conversation: a turn's few, with room for a burst.</summary>
    public const int RecentKept = 32;

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

    /// <summary>An append whose content is not known here (another instance's): a woken stream must read the log.</summary>
    public void Appended(string conversationId)
    {
        TaskCompletionSource? woken = null;
        lock (_lock)
        {
            if (_entries.TryGetValue(conversationId, out var entry))
            {
                entry.Unknown++;
                woken = entry.Wake();
            }
        }

        woken?.TrySetResult();
    }

    /// <summary>This process's append, once committed: <paramref name="activities"/> are kept for the streams it wakes.</summary>
    public void Appended(string conversationId, IReadOnlyList<LoggedActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        TaskCompletionSource? woken = null;
        lock (_lock)
        {
            if (_entries.TryGetValue(conversationId, out var entry))
            {
                foreach (var activity in activities)
                {
                    entry.Keep(activity);
                }

                woken = entry.Wake();
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
                entry.Unknown++;
                woken.Add(entry.Wake());
            }
        }

        foreach (var source in woken)
        {
            source.TrySetResult();
        }
    }

    private Snapshot Take(string conversationId, long watermark, int max, int maxBytes)
    {
        lock (_lock)
        {
            var entry = _entries[conversationId];
            return new Snapshot(entry.Next.Task, entry.Unknown, entry.Highest, entry.After(watermark, max, maxBytes));
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

        /// <summary>
        /// At one moment: the next append's task, the count of unknown appends so far, the highest sequence this
        /// process appended since the entry was made, and the kept activities right after <paramref name="watermark"/>
        /// (consecutive from watermark + 1, at most <paramref name="max"/>, stopping once their JSON reaches
        /// <paramref name="maxBytes"/>; empty when the next one is not kept).
        /// </summary>
        public Snapshot Take(long watermark, int max, int maxBytes) => _signal.Take(_conversationId, watermark, max, maxBytes);

        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                _signal.Release(_conversationId);
            }
        }
    }

    /// <summary>What <see cref="Subscription.Take"/> saw.</summary>
    public readonly record struct Snapshot(Task NextAppend, long Unknown, long Highest, IReadOnlyList<LoggedActivity> Kept);

    private sealed class Entry
    {
        // Ascending by sequence, no duplicates; appends usually arrive in order, so inserting is at the end.
        private readonly List<LoggedActivity> _recent = [];

        public int Subscribers { get; set; }

        public TaskCompletionSource Next { get; private set; } = NewSource();

        public long Unknown { get; set; }

        public long Highest { get; private set; }

        /// <summary>Ends the current wake-up (the caller completes it outside the lock) and starts the next.</summary>
        public TaskCompletionSource Wake()
        {
            var woken = Next;
            Next = NewSource();
            return woken;
        }

        public void Keep(LoggedActivity activity)
        {
            Highest = Math.Max(Highest, activity.Sequence);
            var at = _recent.Count;
            while (at > 0 && _recent[at - 1].Sequence >= activity.Sequence)
            {
                if (_recent[at - 1].Sequence == activity.Sequence)
                {
                    return;
                }

                at--;
            }

            _recent.Insert(at, activity);
            if (_recent.Count > RecentKept)
            {
                _recent.RemoveAt(0);
            }
        }

        public List<LoggedActivity> After(long watermark, int max, int maxBytes)
        {
            var at = _recent.FindIndex(a => a.Sequence == watermark + 1);
            if (at < 0)
            {
                return [];
            }

            var kept = new List<LoggedActivity>();
            var bytes = 0L;
            for (var i = at; i < _recent.Count && kept.Count < max && bytes < maxBytes && _recent[i].Sequence == watermark + 1 + kept.Count; i++)
            {
                kept.Add(_recent[i]);
                bytes += System.Text.Encoding.UTF8.GetByteCount(_recent[i].ActivityJson);
            }

            return kept;
        }
    }
}
