using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>
/// An empty database of either provider for one test. <see cref="OpenInstance"/> opens another
/// <see cref="StorageDatabase"/> on the same data, as a restarted or second bot process would.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly List<StorageDatabase> _instances = [];
    private readonly string _location;

    private TestDatabase(StorageProvider provider, string location)
    {
        Provider = provider;
        _location = location;
    }

    public StorageProvider Provider { get; }

    /// <summary>The SQLite file path or the PostgreSQL connection string.</summary>
    public string Location => _location;

    public static async Task<TestDatabase> CreateAsync(StorageProvider provider) => provider switch
    {
        StorageProvider.Postgres => new TestDatabase(provider, await TestPostgres.CreateDatabaseAsync()),
        _ => new TestDatabase(provider, Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"), "data", "supportbot.db")),
    };

    public StorageDatabase OpenInstance()
    {
        var instance = Provider == StorageProvider.Postgres ? StorageDatabase.ForPostgres(_location, BotSchema.Plan) : StorageDatabase.ForSqlite(_location, BotSchema.Plan);
        _instances.Add(instance);
        return instance;
    }

    public async Task CloseInstanceAsync(StorageDatabase instance)
    {
        _instances.Remove(instance);
        await instance.DisposeAsync();
        if (Provider == StorageProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (Provider == StorageProvider.Postgres)
        {
            await TestPostgres.DropDatabaseAsync(_location);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var root = Path.GetDirectoryName(Path.GetDirectoryName(_location))!;
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
