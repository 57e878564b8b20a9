using System.Reflection;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting.Requests;

namespace SupportBot.Bot.Health;

/// <summary>GET /healthz: liveness plus what operators need to see at a glance.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/healthz", (HttpContext http, IEnumerable<IHealthContributor> contributors, IOptions<HealthOptions> options) =>
        {
            var report = new Dictionary<string, object?>
            {
                ["status"] = "ok",
                ["version"] = Version,
            };
            foreach (var contributor in contributors)
            {
                contributor.Contribute(report);
            }

            // Paths and reload errors tell an outsider how the host is laid out: they see only whether it is well.
            if (options.Value.DetailsFromLoopbackOnly && !LocalCaller.Is(http))
            {
                return Results.Json(new Dictionary<string, object?> { ["status"] = report["status"], ["version"] = report["version"] });
            }

            return Results.Json(report);
        });
        return endpoints;
    }

    private static string Version { get; } =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthEndpoint).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
