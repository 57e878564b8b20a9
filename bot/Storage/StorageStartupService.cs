using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage;

/// <summary>Creates or migrates the schema before the host takes traffic, so a bad database fails the start, not a turn.</summary>
internal sealed class StorageStartupService : IHostedService
{
    private readonly StorageDatabase _database;
    private readonly ILogger<StorageStartupService> _logger;

    public StorageStartupService(StorageDatabase database, ILogger<StorageStartupService> logger)
    {
        _database = database;
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _database.EnsureSchemaAsync(cancellationToken);
        StorageLog.StorageReady(_logger, _database.Provider);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
