using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SupportBot.Bot.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>What /healthz reports besides liveness.</summary>
    public static IServiceCollection AddHealthReport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHealthContributor, KnowledgeHealthContributor>());
        return services;
    }
}
