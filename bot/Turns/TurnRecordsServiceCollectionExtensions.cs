using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.Housekeeping;
using SupportBot.Bot.Turns.Ordering;
using SupportBot.Bot.Turns.Recovery;
using SupportBot.Bot.Turns.Transcripts;

namespace SupportBot.Bot.Turns;

public static class TurnRecordsServiceCollectionExtensions
{
    /// <summary>
    /// What the turn middleware keeps in the database: one turn at a time per conversation (across instances on
    /// PostgreSQL), activity ids already processed, masked transcripts, the apology for unreadable state, and the
    /// retention of both tables (Storage/Housekeeping runs it hourly). The middleware itself is ordered in Pipeline/TurnPipeline.cs.
    /// </summary>
    public static IServiceCollection AddTurnRecords(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSchema(TurnRecordsSchema.Contribution);
        services.TryAddSingleton<ITranscriptRepository, SqlTranscriptRepository>();
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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHousekeepingTask, TranscriptHousekeeping>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHousekeepingTask, ProcessedActivityHousekeeping>());
        return services;
    }
}
