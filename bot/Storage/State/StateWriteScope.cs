namespace SupportBot.Bot.Storage.State;

/// <summary>
/// The state writes of one turn, held until the turn commits them with its processed-activity record and its
/// replies (<see cref="StateTransaction"/>): a crash can no longer leave state advanced without its replies.
/// <see cref="SqlStorage"/> sees the scope of the turn it runs in through <see cref="Current"/>.
/// </summary>
public sealed class StateWriteScope : IDisposable
{
    private static readonly AsyncLocal<StateWriteScope?> Ambient = new();

    private readonly Dictionary<string, PendingStateRow> _rows = new(StringComparer.Ordinal);
    private readonly StateWriteScope? _outer;
    private bool _closed;

    internal StateWriteScope()
    {
        _outer = Ambient.Value;
        Ambient.Value = this;
    }

    /// <summary>The open scope of the running turn, or null (writes then go straight to the database).</summary>
    public static StateWriteScope? Current => Ambient.Value is { _closed: false } scope ? scope : null;

    internal void Hold(PendingStateRow row)
    {
        lock (_rows)
        {
            // The first write's expected ETag is the one the turn read; later writes of the turn only replace the value.
            _rows[row.Key] = _rows.TryGetValue(row.Key, out var earlier) ? row with { ExpectedETag = earlier.ExpectedETag } : row;
        }
    }

    internal bool TryGet(string key, out PendingStateRow row)
    {
        lock (_rows)
        {
            return _rows.TryGetValue(key, out row!);
        }
    }

    /// <summary>Closes the scope and hands over what it held; a write after this (a task the turn left running) goes straight through.</summary>
    internal IReadOnlyList<PendingStateRow> Close()
    {
        lock (_rows)
        {
            _closed = true;
            return [.. _rows.Values];
        }
    }

    public void Dispose()
    {
        lock (_rows)
        {
            _closed = true;
        }

        if (Ambient.Value == this)
        {
            Ambient.Value = _outer;
        }
    }
}
