using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

internal static class SchemaQueries
{
    public static async Task<List<long>> VersionsAsync(StorageDatabase database) =>
        (await QueryAsync(database, "SELECT version, applied_at FROM schema_version ORDER BY version")).Select(r => r.Version).ToList();

    public static async Task<List<(long Version, long AppliedAt)>> AppliedAtAsync(StorageDatabase database) =>
        await QueryAsync(database, "SELECT version, applied_at FROM schema_version ORDER BY version");

    public static async Task<long> CountRowsAsync(StorageDatabase database, string table)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<(long Version, long AppliedAt)>> QueryAsync(StorageDatabase database, string sql)
    {
        var rows = new List<(long, long)>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetInt64(1)));
        }

        return rows;
    }
}
