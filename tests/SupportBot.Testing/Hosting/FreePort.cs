using System.Net;
using System.Net.Sockets;

namespace SupportBot.Testing.Hosting;

/// <summary>A loopback port nobody listens on right now (bind port 0 and read it back).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
