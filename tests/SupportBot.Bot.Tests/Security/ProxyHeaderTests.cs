using System.Net;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Messages;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.Security;

/// <summary>X-Forwarded-For is believed from loopback and the configured proxies only, so address rules see the customer.</summary>
public sealed class ProxyHeaderTests
{
    [Theory]
    [InlineData("127.0.0.1", null, "203.0.113.9", HttpStatusCode.Forbidden)]   // a local proxy forwards a remote customer
    [InlineData("203.0.113.10", null, "127.0.0.1", HttpStatusCode.Forbidden)]  // a remote caller cannot claim to be local
    [InlineData("10.0.0.2", null, "127.0.0.1", HttpStatusCode.Forbidden)]      // nor can an unlisted machine
    [InlineData("10.0.0.2", "10.0.0.2", "127.0.0.1", HttpStatusCode.OK)]       // a listed proxy is believed
    public async Task The_anonymous_door_sees_the_forwarded_address_only_through_a_known_proxy(
        string connectedFrom, string? knownProxy, string forwardedFor, HttpStatusCode expected)
    {
        var settings = new Dictionary<string, string?>();
        if (knownProxy is not null)
        {
            settings["Proxy:KnownProxies:0"] = knownProxy;
        }

        await using var host = new SupportBotFactory { TestServices = RemoteAddress.Of(connectedFrom), Settings = settings };
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);

        using var response = await client.PostActivityAsync(TestActivities.ConversationUpdate("proxy-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(expected, response.StatusCode);
    }
}
