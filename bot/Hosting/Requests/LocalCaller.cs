using System.Net;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Hosting.Requests;

/// <summary>
/// Whether a request comes from this machine (after the forwarded-headers rule); an in-process caller has no address
/// and counts as local. A forwarded request is someone else's, and a request from a configured proxy
/// (Proxy:KnownProxies) is a customer's even when the proxy names nobody: only a loopback caller that is neither is
/// "this machine".
/// </summary>
public static class LocalCaller
{
    public static bool Is(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Connection.RemoteIpAddress is not { } address)
        {
            return true;
        }

        if (!IPAddress.IsLoopback(address))
        {
            return false;
        }

        // Forwarded at all (believed or not), the request came through a proxy on behalf of someone else.
        if (http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("X-Original-For"))
        {
            return false;
        }

        var proxies = http.RequestServices?.GetService<IOptions<ProxyOptions>>()?.Value;
        var unmapped = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return proxies is null || !proxies.Addresses().Any(proxy => proxy.Equals(unmapped) || proxy.Equals(address));
    }
}
