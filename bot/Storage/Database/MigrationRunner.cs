using System.Data.Common;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.Database;

/// <summary>Applies, in version order and inside the caller's transaction, every step schema_version has not recorded.</summary>
internal static class MigrationRunner
{
    public static async Task<int> ApplyPendingAsync(
        DbConnection connection, DbTransaction transaction, SchemaPlan plan, StorageProvider provider, CancellationToken cancellationToken)
    {
        await using (var create = connection.Command(
            transaction,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        // Recorded versions, not the highest one: concepts contribute steps independently.
        var recorded = new HashSet<long>();
        await using (var read = connection.Command(transaction, "SELECT version FROM schema_version"))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                recorded.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        var applied = 0;
        foreach (var migration in plan.Steps.Where(s => !recorded.Contains(s.Version)))
        {
            await using (var step = connection.Command(transaction, migration.SqlFor(provider)))
            {
                await step.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = connection.Command(
                transaction,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @t)",
                ("@v", migration.Version),
                ("@d", migration.Description),
                ("@t", TimeProvider.System.NowMilliseconds())))
            {
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            applied++;
        }

        return applied;
    }
}
