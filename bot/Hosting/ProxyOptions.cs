using System.Net;

namespace SupportBot.Bot.Hosting;

/// <summary>The "Proxy" section: reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed.</summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Proxy";

    /// <summary>
    /// Addresses of the proxies in front of the bot, besides loopback (always believed). Rate limits, the anonymous
    /// loopback rule and /healthz then see the customer's address, not the proxy's.
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    public IEnumerable<IPAddress> Addresses() => KnownProxies.Select(IPAddress.Parse);
}
