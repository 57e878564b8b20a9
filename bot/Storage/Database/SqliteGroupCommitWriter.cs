using System.Collections.Concurrent;
using System.Data.Common;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.Database;

/// <summary>
/// Group commit for the SQLite file. SQLite lets one writer in at a time, so concurrent turns used to queue on its
/// file lock (busy-waiting) and each paid its own commit. Here every write joins one queue. The caller that finds no
/// writer at work becomes the writer: on its own thread, without a hand-off, it runs whatever has gathered in one
/// transaction on one connection (whose page cache stays warm, since no other connection writes), and completes
/// every caller only after the commit, so each caller still returns once its own write is durable. Writes that
/// arrive meanwhile form the next batch. If any write of a batch fails, the batch is rolled back and its writes run
/// again one transaction each, so one failing write (a stale ETag, a constraint) never fails its neighbours.
/// </summary>
public sealed class SqliteGroupCommitWriter : IAsyncDisposable
{
    /// <summary>Most writes per transaction: bounds how long the file lock is held and how much a rollback repeats.</summary>
    public const int MaxBatch = 64;

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly ConcurrentQueue<PendingWrite> _queue = new();
    private readonly List<PendingWrite> _batch = new(MaxBatch);
    private DbConnection? _connection;
    private int _writing;
    private volatile bool _closed;
    private volatile bool _restartRequested;
    private long _restarts;
    private long _transactions;
    private long _writes;

    public SqliteGroupCommitWriter(Func<CancellationToken, Task<DbConnection>> open)
    {
        _open = open;
    }

    /// <summary>Transactions committed so far.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Writes committed so far.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Times the write-ahead log was started over (<see cref="SqliteCheckpointer"/>).</summary>
    public long LogRestarts => Interlocked.Read(ref _restarts);

    /// <summary>Default commits between two calls of <see cref="CommitsObserver"/>: a busy writer gets its log checked often.</summary>
    public const int DefaultCommitsPerNudge = 1000;

    /// <summary>Commits between two calls of <see cref="CommitsObserver"/>.</summary>
    public int CommitsPerNudge { get; set; } = DefaultCommitsPerNudge;

    /// <summary>Called every <see cref="CommitsPerNudge"/> commits (the checkpointer's nudge).</summary>
    public Action? CommitsObserver { get; set; }

    /// <summary>Starts the write-ahead log over before the next batch (a RESTART checkpoint on the writer's connection).</summary>
    public void RequestLogRestart() => _restartRequested = true;

    /// <summary>Runs <paramref name="work"/> inside a write transaction; completes after that transaction commits.</summary>
    public async Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(_closed, this);
        var pending = new PendingWrite<T>(work, cancellationToken);
        _queue.Enqueue(pending);
        if (_closed)
        {
            FailRemaining();
        }

        await WriteWhileNeededAsync(pending.Completion.Task);
        return await pending.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        // Whoever is writing finishes; what is queued is written here; later writes are refused.
        while (Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
        {
            await Task.Delay(5);
        }

        try
        {
            while (!_queue.IsEmpty)
            {
                await WriteBatchAsync();
            }
        }
        finally
        {
            _closed = true;
            FailRemaining();
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
                _connection = null;
            }
        }
    }

    private static bool IsDone(Task? own) => own is not null && own.IsCompleted;

    // The caller becomes the writer if nobody is, and writes until its own write is done (own null: until the queue is
    // empty). Writes still waiting then go to a pool thread, so no caller keeps writing for others under steady load.
    private async Task WriteWhileNeededAsync(Task? own)
    {
        while (!IsDone(own) && !_queue.IsEmpty && Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
        {
            try
            {
                while (!IsDone(own) && !_queue.IsEmpty)
                {
                    await WriteBatchAsync();
                }
            }
            finally
            {
                // A full fence: a write queued by a caller who saw us busy is seen by the check below.
                Interlocked.Exchange(ref _writing, 0);
            }
        }

        if (!_queue.IsEmpty && Volatile.Read(ref _writing) == 0 && !_closed)
        {
            _ = Task.Run(() => WriteWhileNeededAsync(null));
        }
    }

    private void FailRemaining()
    {
        while (_queue.TryDequeue(out var write))
        {
            write.Fail(new ObjectDisposedException(nameof(SqliteGroupCommitWriter)));
        }
    }

    private async Task WriteBatchAsync()
    {
        if (_restartRequested)
        {
            _restartRequested = false;
            await RestartLogAsync();
        }

        _batch.Clear();
        while (_batch.Count < MaxBatch && _queue.TryDequeue(out var next))
        {
            if (next.CancellationToken.IsCancellationRequested)
            {
                next.Cancel();
            }
            else
            {
                _batch.Add(next);
            }
        }

        if (_batch.Count == 0)
        {
            return;
        }

        if (await CommitAsync(_batch) is { } error)
        {
            if (_batch.Count == 1)
            {
                _batch[0].Fail(error);
                return;
            }

            // Each write of the failed batch in its own transaction, with its own outcome.
            foreach (var write in _batch)
            {
                if (await CommitAsync([write]) is { } own)
                {
                    write.Fail(own);
                }
            }
        }
    }

    // Runs the writes in one transaction; completes them after the commit, or returns what failed (rolled back).
    private async Task<Exception?> CommitAsync(IReadOnlyList<PendingWrite> writes)
    {
        try
        {
            var connection = await ConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            foreach (var write in writes)
            {
                await write.RunAsync(connection, transaction);
            }

            await transaction.CommitAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await DropConnectionAsync();
            return ex;
        }

        Committed();
        Interlocked.Add(ref _writes, writes.Count);
        foreach (var write in writes)
        {
            write.Complete();
        }

        return null;
    }

    private void Committed()
    {
        if (Interlocked.Increment(ref _transactions) % CommitsPerNudge == 0)
        {
            CommitsObserver?.Invoke();
        }
    }

    private async Task RestartLogAsync()
    {
        try
        {
            var connection = await ConnectionAsync();
            await using var restart = connection.Command("PRAGMA wal_checkpoint(RESTART);");
            await using var reader = await restart.ExecuteReaderAsync();
            if (await reader.ReadAsync() && reader.GetInt64(0) == 0)
            {
                Interlocked.Increment(ref _restarts);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Asked again at the next checkpoint while the log is still long; the writes go on meanwhile. Nothing may
            // escape here: the writer's batch loop completes every waiting caller only if it keeps running.
            await DropConnectionAsync();
        }
    }

    private async Task<DbConnection> ConnectionAsync() => _connection ??= await _open(CancellationToken.None);

    // After a failure the connection may be in any state (disk full, database locked): the next write opens a fresh one.
    private async Task DropConnectionAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    private abstract class PendingWrite
    {
        protected PendingWrite(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

        public CancellationToken CancellationToken { get; }

        public abstract Task RunAsync(DbConnection connection, DbTransaction transaction);

        public abstract void Complete();

        public abstract void Fail(Exception exception);

        public abstract void Cancel();
    }

    private sealed class PendingWrite<T> : PendingWrite
    {
        private readonly Func<DbConnection, DbTransaction, CancellationToken, Task<T>> _work;
        private T _result = default!;

        public PendingWrite(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
            : base(cancellationToken) => _work = work;

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
            _result = await _work(connection, transaction, CancellationToken);

        public override void Complete() => Completion.TrySetResult(_result);

        public override void Fail(Exception exception) => Completion.TrySetException(exception);

        public override void Cancel() => Completion.TrySetCanceled(CancellationToken);
    }
}
