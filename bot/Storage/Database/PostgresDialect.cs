using System.Data.Common;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.Database;

/// <summary>PostgreSQL: migrations under a session advisory lock so two instances starting together migrate once.</summary>
internal sealed class PostgresDialect : ISqlDialect
{
    // An arbitrary constant shared by every SupportBot instance ("SB" + "schema").
    private const long MigrationLockKey = 0x5342_5343_4845_4D41;

    public StorageProvider Provider => StorageProvider.Postgres;

    public Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(DbDataSource dataSource, SchemaPlan plan, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var acquire = connection.Command("SELECT pg_advisory_lock(@k)", ("@k", MigrationLockKey)))
        {
            await acquire.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await MigrationRunner.ApplyPendingAsync(connection, transaction, plan, Provider, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await using var release = connection.Command("SELECT pg_advisory_unlock(@k)", ("@k", MigrationLockKey));
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }
}
