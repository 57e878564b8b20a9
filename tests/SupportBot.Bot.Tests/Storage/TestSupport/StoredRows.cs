using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>Direct access to stored rows, to simulate what a crash, a bug or a tamperer could leave behind.</summary>
internal static class StoredRows
{
    public static async Task OverwriteJsonAsync(StorageDatabase database, string key, string json)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE bot_state SET json = @json WHERE key = @key";
        AddParameter(command, "@json", json);
        AddParameter(command, "@key", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    public static async Task<string?> ReadJsonAsync(StorageDatabase database, string key)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM bot_state WHERE key = @key";
        AddParameter(command, "@key", key);
        return (string?)await command.ExecuteScalarAsync();
    }

    public static async Task<List<string>> KeysAsync(StorageDatabase database)
    {
        var keys = new List<string>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM bot_state ORDER BY key";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
