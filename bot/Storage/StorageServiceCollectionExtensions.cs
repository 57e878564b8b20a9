using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Health;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.DirectLine;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Storage.Postgres;
using SupportBot.Bot.Storage.Recovery;
using SupportBot.Bot.Storage.State;
using SupportBot.Bot.Storage.Transcripts;
using SupportBot.Bot.Storage.TurnOrdering;

namespace SupportBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Bot state, transcripts, tickets and the Direct Line log on SQLite (default) or PostgreSQL, plus the turn
    /// middleware: one turn at a time per conversation, masked transcripts, recovery from unreadable state.
    /// </summary>
    public static IServiceCollection AddSupportBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(PiiMasker.Instance);
        services.AddMetrics();
        services.TryAddSingleton<StoreMetrics>();
        services.TryAddSingleton(sp => CreateDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetService<RepositoryPaths>()?.Root ?? sp.GetRequiredService<IHostEnvironment>().ContentRootPath));

        // Replace, not TryAdd: the host registers MemoryStorage as a stand-in until this area is wired.
        services.Replace(ServiceDescriptor.Singleton<IStorage, SqlStorage>());
        services.TryAddSingleton<ITranscriptRepository, SqlTranscriptRepository>();
        services.TryAddSingleton<IDirectLineActivityLog, SqlDirectLineActivityLog>();
        services.TryAddSingleton<IProcessedActivityStore, SqlProcessedActivityStore>();
        services.TryAddSingleton<ConversationTurnLocks>();
        services.TryAddSingleton<IDistributedTurnLock>(sp =>
        {
            var database = sp.GetRequiredService<StorageDatabase>();
            return database.Provider == StorageProvider.Postgres
                ? new PostgresAdvisoryTurnLock(database)
                : new SingleInstanceTurnLock();
        });

        services.TryAddSingleton<IStateResetResponder, KnowledgeStateResetResponder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHealthContributor, StorageHealthContributor>());

        services.AddHostedService<StorageStartupService>();
        services.AddHostedService<StorageHousekeepingService>();
        return services;
    }

    private static StorageDatabase CreateDatabase(StorageOptions options, string contentRoot) => options.Provider switch
    {
        StorageProvider.Postgres => StorageDatabase.ForPostgres(options.PostgresConnectionString!),
        _ => StorageDatabase.ForSqlite(Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(contentRoot, options.SqlitePath)),
    };
}
