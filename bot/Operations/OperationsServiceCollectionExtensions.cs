using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using SupportBot.Bot.Operations.Metrics;

namespace SupportBot.Bot.Operations;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>
    /// Metrics (every SupportBot meter plus ASP.NET Core's and the runtime's, exported for Prometheus). The middleware that
    /// counts turns is placed by Pipeline/TurnPipeline.cs.
    /// </summary>
    public static IServiceCollection AddSupportBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MetricsOptions>()
            .Bind(configuration.GetSection(MetricsOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<TurnMetrics>();
        services.TryAddSingleton<DialogMetrics>();
        services.TryAddSingleton<RecognitionMetrics>();

        // Scrapes come seconds apart; a cached answer would hide the turn that just ran.
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter([.. SupportBotMeters.All, .. SupportBotMeters.Platform])
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }
}
