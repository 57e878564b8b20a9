using System.Data.Common;
using Microsoft.Data.Sqlite;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.Schema;

namespace SupportBot.Bot.Storage.Sqlite;

/// <summary>SQLite: WAL journal, migrations under BEGIN IMMEDIATE so a second process waits for the first.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    public StorageProvider Provider => StorageProvider.Sqlite;

    public async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // busy_timeout: SQLite's own short back-off instead of the provider's coarse retry sleep when writers meet.
        // synchronous=NORMAL: in WAL mode a killed process loses nothing; only an OS crash may lose the last commits.
        await using var command = connection.Command("PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL;");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task MigrateAsync(DbDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = (SqliteConnection)await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        // WAL is a property of the file, kept across connections: readers never block the writer.
        await using (var wal = connection.Command("PRAGMA journal_mode=WAL;"))
        {
            await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        await MigrationRunner.ApplyPendingAsync(connection, transaction, SqliteMigrations.All, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
