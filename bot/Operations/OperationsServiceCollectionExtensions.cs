using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using SupportBot.Bot.Turns.Logging;
using SupportBot.Bot.Operations.Metrics;

namespace SupportBot.Bot.Operations;

public static class OperationsServiceCollectionExtensions
{
    /// <summary>
    /// Metrics (every SupportBot meter plus ASP.NET Core's and the runtime's, exported for Prometheus) and the turn
    /// middleware that counts turns and opens the per-turn logging scope.
    /// </summary>
    public static IServiceCollection AddSupportBotTelemetry(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<TurnMetrics>();
        services.TryAddSingleton<DialogMetrics>();
        services.TryAddSingleton<RecognitionMetrics>();

        // First in the adapter's pipeline, whenever this is called: the scope and the clock must wrap the turn lock too.
        var first = services.ToList().FindIndex(d => d.ServiceType == typeof(Microsoft.Bot.Builder.IMiddleware));
        var ours = new[]
        {
            ServiceDescriptor.Singleton<Microsoft.Bot.Builder.IMiddleware, TurnLogScopeMiddleware>(),
            ServiceDescriptor.Singleton<Microsoft.Bot.Builder.IMiddleware, TurnMetricsMiddleware>(),
        };
        foreach (var descriptor in ours.Reverse())
        {
            if (!services.Any(d => d.ServiceType == descriptor.ServiceType && d.ImplementationType == descriptor.ImplementationType))
            {
                services.Insert(first < 0 ? services.Count : first, descriptor);
            }
        }

        // Scrapes come seconds apart; a cached answer would hide the turn that just ran.
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter([.. SupportBotMeters.All, .. SupportBotMeters.Platform])
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }
}
