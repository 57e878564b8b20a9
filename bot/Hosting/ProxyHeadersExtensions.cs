using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Hosting;

public static class ProxyHeadersExtensions
{
    /// <summary>Believes X-Forwarded-For/-Proto from the configured proxies only, one hop deep; none configured, none believed.</summary>
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProxyOptions>()
            .Bind(configuration.GetSection(ProxyOptions.SectionName))
            .Validate(o => o.KnownProxies.All(a => IPAddress.TryParse(a, out _)), "Proxy:KnownProxies holds an entry that is not an IP address.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = 1;
            // ASP.NET Core believes loopback by default: a proxy on this machine that sets no header would make every customer local.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxies.Value.Addresses())
            {
                forwarded.KnownProxies.Add(address);
            }
        });
        return services;
    }

    /// <summary>
    /// Reads X-Forwarded-* only when proxies are configured: with an empty list ASP.NET Core's middleware would
    /// believe any caller, and with its default list, any process on this machine.
    /// </summary>
    public static WebApplication UseProxyHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Configured)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
