using System.Data.Common;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.Database;

/// <summary>
/// Copies the write-ahead log into the database file on its own loop (PASSIVE, twice a second), so no customer's
/// commit pays for the checkpoint SQLite would otherwise run inside it. Connections run with the automatic checkpoint
/// off (<see cref="SqliteDialect"/>). Because some reader is always in the log under load, a passive checkpoint alone
/// lets the log grow without end; past <see cref="DefaultRestartAfterFrames"/> frames the group-commit writer starts it
/// over between two batches (a RESTART from any other connection would wait for the writer's lock in vain).
/// bench/README.md has the figures that led here.
/// </summary>
public sealed class SqliteCheckpointer : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>Log size (4 KiB frames, so 64 MiB) past which the log is started over, not just copied.</summary>
    public const long DefaultRestartAfterFrames = 16384;

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Func<bool> _databaseReady;
    private readonly Action _requestRestart;
    private readonly CancellationTokenSource _stop = new();
    private readonly AutoResetEvent _nudge = new(false);
    private readonly Thread _loop;
    private long _checkpoints;

    /// <param name="open">Opens a prepared connection.</param>
    /// <param name="databaseReady">False until the schema exists: an unused store is never created by the checkpointer.</param>
    /// <param name="requestRestart">Asks the writer to start the log over before its next batch.</param>
    public SqliteCheckpointer(Func<CancellationToken, Task<DbConnection>> open, Func<bool> databaseReady, Action requestRestart)
    {
        _open = open;
        _databaseReady = databaseReady;
        _requestRestart = requestRestart;
        // Its own thread: under load every pool thread may be inside a synchronous SQLite call, and a checkpoint that
        // waits for a free pool thread comes too late (seen: none in six seconds of a write-heavy test).
        _loop = new Thread(Loop) { IsBackground = true, Name = "SQLite checkpoint" };
        _loop.Start();
    }

    /// <summary>Log size in frames past which the writer is asked to start the log over.</summary>
    public long RestartAfterFrames { get; set; } = DefaultRestartAfterFrames;

    /// <summary>Checkpoints run so far.</summary>
    public long Checkpoints => Interlocked.Read(ref _checkpoints);

    /// <summary>Checkpoints soon rather than at the next tick (the writer nudges after many commits).</summary>
    public void Nudge() => _nudge.Set();

    /// <summary>Checkpoints now (PASSIVE; asks for a restart if the log is long); returns the log's frames.</summary>
    public async Task<long> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        long frames;
        await using (var passive = connection.Command("PRAGMA wal_checkpoint(PASSIVE);"))
        await using (var reader = await passive.ExecuteReaderAsync(cancellationToken))
        {
            // One row: busy, frames in the log, frames copied into the database file.
            frames = await reader.ReadAsync(cancellationToken) ? reader.GetInt64(1) : 0;
        }

        if (frames >= RestartAfterFrames)
        {
            _requestRestart();
        }

        Interlocked.Increment(ref _checkpoints);
        return frames;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.Run(_loop.Join);
        _stop.Dispose();
        _nudge.Dispose();
    }

    private void Loop()
    {
        var wakeUps = new WaitHandle[] { _stop.Token.WaitHandle, _nudge };
        while (WaitHandle.WaitAny(wakeUps, Interval) != 0)
        {
            if (!_databaseReady())
            {
                continue;
            }

            try
            {
                // Microsoft.Data.Sqlite runs its async calls synchronously: this blocks only this thread.
                CheckpointAsync(_stop.Token).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is DbException or IOException or OperationCanceledException)
            {
                // The next tick tries again; the log only grows meanwhile, nothing is lost.
            }
        }
    }
}
