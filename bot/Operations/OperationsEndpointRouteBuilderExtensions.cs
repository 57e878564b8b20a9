using OpenTelemetry.Exporter;

namespace SupportBot.Bot.Operations;

public static class OperationsEndpointRouteBuilderExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>GET /metrics: the Prometheus text format of every meter AddSupportBotTelemetry registered.</summary>
    public static IEndpointRouteBuilder MapSupportBotMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
        return endpoints;
    }
}
