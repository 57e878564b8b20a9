using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Health;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.Housekeeping;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Storage.State;

namespace SupportBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The one database (SQLite by default, or PostgreSQL) and bot state in it. Other concepts add their tables with
    /// <see cref="SchemaServiceCollectionExtensions.AddSchema"/> and keep their own stores; the schema is applied at start.
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
        services.AddSchema(StateSchema.Contribution);
        services.TryAddSingleton(sp => CreateDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetService<RepositoryPaths>()?.Root ?? sp.GetRequiredService<IHostEnvironment>().ContentRootPath,
            SchemaPlan.From(sp.GetServices<SchemaContribution>())));

        // Replace, not TryAdd: the host registers MemoryStorage as a stand-in until this area is wired.
        services.Replace(ServiceDescriptor.Singleton<IStorage, SqlStorage>());
        services.TryAddSingleton<StateTransaction>();               // a turn's state, committed with its record and replies
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHealthContributor, StorageHealthContributor>());

        services.AddHostedService<StorageStartupService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHousekeepingTask, IdleStateHousekeeping>());
        services.AddHostedService<HousekeepingService>();
        return services;
    }

    private static StorageDatabase CreateDatabase(StorageOptions options, string contentRoot, SchemaPlan schema) => options.Provider switch
    {
        StorageProvider.Postgres => StorageDatabase.ForPostgres(options.PostgresConnectionString!, schema),
        _ => StorageDatabase.ForSqlite(Path.IsPathRooted(options.SqlitePath) ? options.SqlitePath : Path.Combine(contentRoot, options.SqlitePath), schema),
    };
}
