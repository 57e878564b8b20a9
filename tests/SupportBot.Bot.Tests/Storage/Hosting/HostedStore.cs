using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Tests.Storage.TestSupport;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Storage.Hosting;

/// <summary>A fresh database and the environment that points real bot processes at it; stops every process it started.</summary>
internal sealed class HostedStore : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly List<BotProcess> _processes = [];

    private HostedStore(TestDatabase database) => _database = database;

    public StorageProvider Provider => _database.Provider;

    public static async Task<HostedStore> CreateAsync(StorageProvider provider) => new(await TestDatabase.CreateAsync(provider));

    public async Task<BotProcess> StartBotAsync()
    {
        var environment = new Dictionary<string, string?>
        {
            ["Storage__Provider"] = Provider.ToString(),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        environment[Provider == StorageProvider.Postgres ? "Storage__PostgresConnectionString" : "Storage__SqlitePath"] = _database.Location;
        var process = await BotProcess.StartAsync(environment);
        _processes.Add(process);
        return process;
    }

    /// <summary>The same database as the bots see it, for reading or damaging stored rows from the test.</summary>
    public StorageDatabase OpenDatabase() => _database.OpenInstance();

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
