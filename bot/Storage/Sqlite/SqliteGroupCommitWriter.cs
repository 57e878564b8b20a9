using System.Data.Common;
using System.Threading.Channels;

namespace SupportBot.Bot.Storage.Sqlite;

/// <summary>
/// Group commit for the SQLite file. SQLite lets one writer in at a time, so concurrent turns used to queue on its
/// file lock (busy-waiting) and each paid its own commit. Here writes from every turn wait in one queue; a single
/// writer runs whatever has gathered in one transaction on one connection (whose page cache stays warm, since no
/// other connection writes) and completes every caller only after the commit: each caller still returns once its
/// own write is durable, as before. If any write of a batch fails, the batch is rolled back and its writes are run
/// again one transaction each, so one failing write (a stale ETag, a constraint) never fails its neighbours.
/// </summary>
public sealed class SqliteGroupCommitWriter : IAsyncDisposable
{
    /// <summary>Most writes per transaction: bounds how long the file lock is held and how much a rollback repeats.</summary>
    public const int MaxBatch = 64;

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private DbConnection? _connection;

    public SqliteGroupCommitWriter(Func<CancellationToken, Task<DbConnection>> open)
    {
        _open = open;
        _writer = Task.Run(WriteLoopAsync);
    }

    private long _transactions;
    private long _writes;

    /// <summary>Transactions committed so far.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Writes committed so far.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Runs <paramref name="work"/> inside the writer's transaction; completes after that transaction commits.</summary>
    public async Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var pending = new PendingWrite<T>(work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        return await pending.Completion.Task.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                if (next.CancellationToken.IsCancellationRequested)
                {
                    next.Cancel();
                }
                else
                {
                    batch.Add(next);
                }
            }

            if (batch.Count == 0)
            {
                continue;
            }

            if (batch.Count == 1 || !await TryRunTogetherAsync(batch).ConfigureAwait(false))
            {
                foreach (var write in batch)
                {
                    await RunAloneAsync(write).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<bool> TryRunTogetherAsync(List<PendingWrite> batch)
    {
        try
        {
            var connection = await ConnectionAsync().ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
            foreach (var write in batch)
            {
                await write.RunAsync(connection, transaction).ConfigureAwait(false);
            }

            await transaction.CommitAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Rolled back by the dispose above; each write gets its own transaction and its own outcome.
            await DropConnectionAsync().ConfigureAwait(false);
            return false;
        }

        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _writes, batch.Count);
        foreach (var write in batch)
        {
            write.Complete();
        }

        return true;
    }

    private async Task RunAloneAsync(PendingWrite write)
    {
        try
        {
            var connection = await ConnectionAsync().ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(write.CancellationToken).ConfigureAwait(false);
            await write.RunAsync(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(write.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await DropConnectionAsync().ConfigureAwait(false);
            write.Fail(ex);
            return;
        }

        Interlocked.Increment(ref _transactions);
        Interlocked.Increment(ref _writes);
        write.Complete();
    }

    private async Task<DbConnection> ConnectionAsync() => _connection ??= await _open(CancellationToken.None).ConfigureAwait(false);

    // After a failure the connection may be in any state (disk full, database locked): the next write opens a fresh one.
    private async Task DropConnectionAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
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
            _result = await _work(connection, transaction, CancellationToken).ConfigureAwait(false);

        public override void Complete() => Completion.TrySetResult(_result);

        public override void Fail(Exception exception) => Completion.TrySetException(exception);

        public override void Cancel() => Completion.TrySetCanceled(CancellationToken);
    }
}
