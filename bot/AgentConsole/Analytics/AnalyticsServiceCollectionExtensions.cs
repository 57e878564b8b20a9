using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SupportBot.Bot.AgentConsole.Analytics;

public static class AnalyticsServiceCollectionExtensions
{
    /// <summary>The analytics query over the stored transcripts (the page and CSV sit behind the agent sign-in).</summary>
    public static IServiceCollection AddSupportBotAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AnalyticsOptions>()
            .Bind(configuration.GetSection(AnalyticsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AnalyticsQuery>();
        return services;
    }
}
