using System.Net;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// X-Forwarded-For is believed from the configured proxies only, so address rules see the customer; "this machine"
/// is a loopback caller that forwards nobody and is not a configured proxy.
/// </summary>
public sealed class ProxyHeaderTests
{
    [Theory]
    [InlineData("127.0.0.1", null, "203.0.113.9", HttpStatusCode.Forbidden)]   // a local proxy forwards a remote customer
    [InlineData("203.0.113.10", null, "127.0.0.1", HttpStatusCode.Forbidden)]  // a remote caller cannot claim to be local
    [InlineData("10.0.0.2", null, "127.0.0.1", HttpStatusCode.Forbidden)]      // nor can an unlisted machine
    [InlineData("10.0.0.2", "10.0.0.2", "203.0.113.9", HttpStatusCode.Forbidden)] // a listed proxy is believed: a remote customer
    [InlineData("10.0.0.2", "10.0.0.2", "127.0.0.1", HttpStatusCode.Forbidden)]   // and a forwarded client is never this machine
    [InlineData("127.0.0.1", "127.0.0.1", null, HttpStatusCode.Forbidden)]        // a local proxy that names nobody: still a customer
    [InlineData("127.0.0.1", "127.0.0.1", "203.0.113.9", HttpStatusCode.Forbidden)]
    [InlineData("127.0.0.1", null, null, HttpStatusCode.OK)]                      // no proxy: the Emulator on this machine
    public async Task The_anonymous_door_sees_the_forwarded_address_only_through_a_known_proxy(
        string connectedFrom, string? knownProxy, string? forwardedFor, HttpStatusCode expected)
    {
        var settings = new Dictionary<string, string?>();
        if (knownProxy is not null)
        {
            settings["Proxy:KnownProxies:0"] = knownProxy;
        }

        await using var host = new SupportBotFactory { TestServices = RemoteAddress.Of(connectedFrom), Settings = settings };
        using var client = host.CreateClient();
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await client.PostActivityAsync(TestActivities.ConversationUpdate("proxy-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("http://127.1:9/")]
    [InlineData("http://0x7f000001:9/")]
    [InlineData("http://2130706433:9/")]
    [InlineData("http://[::ffff:127.0.0.1]:9/")]
    [InlineData("http://user@localhost:9/")]
    public async Task The_anonymous_door_takes_only_plainly_written_loopback_service_urls(string serviceUrl)
    {
        await using var host = new SupportBotFactory { TestServices = RemoteAddress.Of("127.0.0.1") };
        using var client = host.CreateClient();

        using var refused = await client.PostActivityAsync(TestActivities.ConversationUpdate("url-" + Guid.NewGuid().ToString("N"), serviceUrl: serviceUrl));
        using var accepted = await client.PostActivityAsync(TestActivities.ConversationUpdate("url-" + Guid.NewGuid().ToString("N"), serviceUrl: "http://127.0.0.1:9/"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }
}
