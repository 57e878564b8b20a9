using System.Data.Common;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.Schema;

/// <summary>Applies the migrations newer than schema_version inside the caller's transaction.</summary>
internal static class MigrationRunner
{
    public static async Task<int> ApplyPendingAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await using (var create = connection.Command(
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long current;
        await using (var read = connection.Command(transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version"))
        {
            current = Convert.ToInt64(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        var applied = 0;
        foreach (var migration in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await using (var step = connection.Command(transaction, migration.Sql))
            {
                await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = connection.Command(
                transaction,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @t)",
                ("@v", migration.Version),
                ("@d", migration.Description),
                ("@t", TimeProvider.System.NowMilliseconds())))
            {
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            applied++;
        }

        return applied;
    }
}
