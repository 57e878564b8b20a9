using Npgsql;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>The throw-away PostgreSQL started by scripts/test-setup/20-postgres.sh; each test gets its own database.</summary>
internal static class TestPostgres
{
    public const string Variable = "SUPPORTBOT_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set, so the PostgreSQL tests have no server. Run scripts/test.sh, which starts a throw-away PostgreSQL and sets it.");

    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "sb_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ToString();
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
