using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Hosting;

public static class ProxyHeadersExtensions
{
    /// <summary>Believes X-Forwarded-For/-Proto from loopback and the configured proxies only, one hop deep.</summary>
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
            foreach (var address in proxies.Value.Addresses())
            {
                forwarded.KnownProxies.Add(address);
            }
        });
        return services;
    }
}
