namespace SupportBot.Bot.DirectLine.Notifications;

/// <summary>
/// Whether this instance hears other instances' appends (<see cref="PostgresAppendListener"/> is listening), and
/// counts of what the listener did. Streams poll rarely while it listens and at the normal interval otherwise;
/// on SQLite nothing listens, so this stays "not listening".
/// </summary>
public sealed class AppendListenerStatus
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _changed = NewSource();
    private volatile bool _listening;
    private int _connects;
    private int _drops;
    private long _notifications;

    /// <summary>True while the listening connection is up: every append by any instance wakes this one's streams.</summary>
    public bool Listening => _listening;

    /// <summary>How often the listener connected and ran LISTEN (the first time, then each reconnect).</summary>
    public int Connects => Volatile.Read(ref _connects);

    /// <summary>How often the listening connection failed or could not be opened.</summary>
    public int Drops => Volatile.Read(ref _drops);

    /// <summary>Notifications received (this instance's own appends included).</summary>
    public long Notifications => Interlocked.Read(ref _notifications);

    /// <summary>A task that completes at the next connect or drop, so a caller can wait for a state without sleeping.</summary>
    public Task Changed()
    {
        lock (_lock)
        {
            return _changed.Task;
        }
    }

    internal void Connected()
    {
        // Set before the listener wakes the streams, so a woken stream already sees the new state.
        _listening = true;
        Interlocked.Increment(ref _connects);
        Announce();
    }

    internal void Dropped()
    {
        _listening = false;
        Interlocked.Increment(ref _drops);
        Announce();
    }

    internal void Notified() => Interlocked.Increment(ref _notifications);

    private void Announce()
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            changed = _changed;
            _changed = NewSource();
        }

        changed.TrySetResult();
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
