using System.Data.Common;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.State;

/// <summary>
/// Commits a turn's held state writes together with what the caller writes beside them (its processed-activity
/// record and replies), in one database transaction. Only <see cref="SqlStorage"/> holds writes; with another store
/// the caller's part is written alone.
/// </summary>
public sealed class StateTransaction
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;

    public StateTransaction(StorageDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    /// <summary>Opens the turn's scope; dispose it when the turn ends, committed or not.</summary>
    public StateWriteScope Begin() => new();

    public Task CommitAsync(
        StateWriteScope scope,
        Func<DbConnection, DbTransaction, CancellationToken, Task> alsoWrite,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(alsoWrite);
        var rows = scope.Close();

        var now = _clock.NowMilliseconds();
        return _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await SqlStorage.WriteRowsAsync(connection, transaction, rows, now, ct);
                await alsoWrite(connection, transaction, ct);
                return rows.Count;
            },
            cancellationToken);
    }
}
