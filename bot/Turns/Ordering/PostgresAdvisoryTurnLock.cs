using System.Data.Common;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>
/// Holds pg_advisory_lock(class, hashtext(conversation)) on a dedicated connection for the whole turn.
/// If the instance dies, its session ends and PostgreSQL frees the lock; a hash collision only makes two
/// conversations wait for each other, never mixes their state.
/// </summary>
internal sealed class PostgresAdvisoryTurnLock : IDistributedTurnLock, IDisposable
{
    // The two-int key space is separate from the one-bigint space of the migration lock.
    private const int LockClass = 0x53425455; // "SBTU"

    // Caps connections parked on locks so the rest of the pool stays free for the turns' own reads and writes.
    private readonly SemaphoreSlim _connections;
    private readonly StorageDatabase _database;

    public PostgresAdvisoryTurnLock(StorageDatabase database, int maxConcurrentTurns = 32)
    {
        _database = database;
        _connections = new SemaphoreSlim(maxConcurrentTurns, maxConcurrentTurns);
    }

    public async Task<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        await _connections.WaitAsync(cancellationToken);
        DbConnection? connection = null;
        try
        {
            connection = await _database.OpenAsync(cancellationToken);
            await using (var command = connection.Command("SELECT pg_advisory_lock(@class, hashtext(@conversation))", ("@class", LockClass), ("@conversation", conversationId)))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return new Held(this, connection, conversationId);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            _connections.Release();
            throw;
        }
    }

    public void Dispose() => _connections.Dispose();

    private sealed class Held(PostgresAdvisoryTurnLock owner, DbConnection connection, string conversationId) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = connection.Command("SELECT pg_advisory_unlock(@class, hashtext(@conversation))", ("@class", LockClass), ("@conversation", conversationId));
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }
            finally
            {
                // Npgsql resets a pooled session on reuse (DISCARD ALL), which also drops a lock the unlock missed.
                await connection.DisposeAsync();
                owner._connections.Release();
            }
        }
    }
}
