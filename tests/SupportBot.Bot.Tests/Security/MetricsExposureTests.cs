using System.Net;
using System.Net.Http.Headers;
using SupportBot.Bot.Operations.Metrics;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.Security;

/// <summary>/metrics tells how the shop is doing: this machine's scraper reads it, another host needs the scrape key.</summary>
public sealed class MetricsExposureTests
{
    private const string Key = "scrape-key-0123456789abcdef";

    [Fact]
    public async Task A_remote_caller_is_refused_unless_it_presents_the_scrape_key()
    {
        await using var host = new SupportBotFactory
        {
            TestServices = RemoteAddress.Of("198.51.100.7"),
            Settings = new Dictionary<string, string?> { ["Metrics:ScrapeKey"] = Key },
        };
        using var client = host.CreateClient();

        var anonymous = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var wrong = await GetWithBearerAsync(client, "scrape-key-0123456789abcdeX");
        var right = await GetWithBearerAsync(client, Key);

        Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
        Assert.Contains("Metrics:ScrapeKey", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task This_machine_and_an_explicit_setting_read_metrics()
    {
        await using var local = new SupportBotFactory { TestServices = RemoteAddress.Of("127.0.0.1") };
        await using var open = new SupportBotFactory
        {
            TestServices = RemoteAddress.Of("198.51.100.7"),
            Settings = new Dictionary<string, string?> { ["Metrics:FromLoopbackOnly"] = "false" },
        };

        Assert.Equal(HttpStatusCode.OK, (await local.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await open.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("short", false)]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData(Key, true)]
    public void A_scrape_key_shorter_than_16_characters_stops_the_start(string? key, bool valid) =>
        Assert.Equal(valid, new MetricsOptionsValidator().Validate(null, new MetricsOptions { ScrapeKey = key }).Succeeded);

    private static async Task<HttpResponseMessage> GetWithBearerAsync(HttpClient client, string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await client.SendAsync(request);
    }
}
