using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting.Requests;
using SupportBot.Bot.Operations.Metrics;

namespace SupportBot.Bot.Operations;

public static class OperationsEndpointRouteBuilderExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// GET /metrics: the Prometheus text format of every meter AddSupportBotTelemetry registered, for this machine's
    /// callers and for a scraper presenting Metrics:ScrapeKey as its bearer token (403 with a reason otherwise).
    /// </summary>
    public static IEndpointRouteBuilder MapSupportBotMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
        {
            var options = http.RequestServices.GetRequiredService<IOptions<MetricsOptions>>().Value;
            if (options.FromLoopbackOnly
                && !LocalCaller.Is(http)
                && !SharedSecret.Matches(BearerHeader.Read(http.Request.Headers.Authorization.ToString()), options.ScrapeKey))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsync("/metrics answers this machine, or a scraper with 'Authorization: Bearer <Metrics:ScrapeKey>'.\n");
                return;
            }

            await next(http);
        }), optionsName: null);
        return endpoints;
    }
}
