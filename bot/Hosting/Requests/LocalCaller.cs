using System.Net;

namespace SupportBot.Bot.Hosting.Requests;

/// <summary>Whether a request comes from this machine (after the forwarded-headers rule); an in-process caller has no address and counts as local.</summary>
public static class LocalCaller
{
    public static bool Is(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);
    }
}
