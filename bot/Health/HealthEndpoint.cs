using System.Reflection;

namespace SupportBot.Bot.Health;

/// <summary>GET /healthz: liveness plus what operators need to see at a glance.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/healthz", (IEnumerable<IHealthContributor> contributors) =>
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

            return Results.Json(report);
        });
        return endpoints;
    }

    private static string Version { get; } =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HealthEndpoint).Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
