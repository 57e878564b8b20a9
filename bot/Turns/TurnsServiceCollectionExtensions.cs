using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Turns.Connectors;

namespace SupportBot.Bot.Turns;

public static class TurnsServiceCollectionExtensions
{
    /// <summary>The turn machinery: Bot Framework authentication, the /api/messages adapter with its middleware and error handler, proactive turns, conversation state.</summary>
    public static IServiceCollection AddTurns(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddHostOptions(configuration);

        // Pooled HTTP handlers under the connector clients, which the adapter reuses across turns.
        services.AddHttpClient();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConnectorClientCache>();
        services.TryAddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(
            sp.GetRequiredService<IConfiguration>(),
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()));
        services.TryAddSingleton<TurnErrorHandler>();
        services.TryAddSingleton<SupportAdapter>();
        services.TryAddSingleton<CloudAdapter>(sp => sp.GetRequiredService<SupportAdapter>());
        services.TryAddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<SupportAdapter>());
        services.TryAddSingleton<ProactiveTurns>();

        // The embedded default; the storage area replaces it with SQLite or PostgreSQL.
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<ConversationAccessors>();
        return services;
    }
}
