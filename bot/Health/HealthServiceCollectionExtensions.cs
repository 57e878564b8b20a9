using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SupportBot.Bot.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>What /healthz reports besides liveness.</summary>
    public static IServiceCollection AddHealthReport(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHealthContributor, KnowledgeHealthContributor>());
        return services;
    }
}
