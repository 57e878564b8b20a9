using System.Net;

namespace SupportBot.Bot.Hosting;

/// <summary>The "Proxy" section: reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed.</summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Proxy";

    /// <summary>
    /// Addresses of the proxies in front of the bot; nothing else is believed, loopback included (a proxy on this
    /// machine is named here too). Rate limits, the anonymous loopback rule and /healthz then see the customer's
    /// address, and a request through a proxy is never "this machine" (the Emulator door closes).
    /// </summary>
    public string[] KnownProxies { get; set; } = [];

    public bool Configured => KnownProxies.Length > 0;

    public IEnumerable<IPAddress> Addresses() => KnownProxies.Select(IPAddress.Parse);
}
