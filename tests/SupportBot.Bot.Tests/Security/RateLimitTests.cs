using System.Net;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.Security;

/// <summary>The channel endpoints answer 429 (with Retry-After) past the per-address and per-token limits.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Messages_from_one_address_past_the_limit_get_429_while_health_still_answers()
    {
        using var factory = new SupportBotFactory { Settings = new Dictionary<string, string?> { ["RateLimits:PerAddressPerMinute"] = "4" } };
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await client.PostActivityAsync(TestActivities.Message("conv-rate-" + i, "こんにちは"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_direct_line_token_past_its_limit_gets_429_while_another_token_and_the_secret_are_served()
    {
        await using var host = new DirectLineHost { ExtraSettings = new Dictionary<string, string?> { ["RateLimits:PerTokenPerMinute"] = "3" } };
        var factory = host.Start();
        using var withSecret = new DirectLineClient(factory, DirectLineHost.Secret);
        var (_, first) = await withSecret.StartAsync();
        var (_, second) = await withSecret.StartAsync();
        using var a = new DirectLineClient(factory, (string)first!["token"]!);
        using var b = new DirectLineClient(factory, (string)second!["token"]!);
        var conversationA = (string)first["conversationId"]!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await a.GetActivitiesAsync(conversationA, null)).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await b.GetActivitiesAsync((string)second["conversationId"]!, null)).Status);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await withSecret.GetActivitiesAsync(conversationA, null)).Status);
        }
    }

    [Fact]
    public async Task Direct_line_calls_from_one_address_past_the_limit_get_429_whatever_the_token()
    {
        await using var host = new DirectLineHost { ExtraSettings = new Dictionary<string, string?> { ["RateLimits:DirectLinePerAddressPerMinute"] = "3" } };
        var factory = host.Start();
        using var withSecret = new DirectLineClient(factory, DirectLineHost.Secret);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await withSecret.StartAsync()).Status);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Refreshing_a_direct_line_token_does_not_buy_a_fresh_budget()
    {
        await using var host = new DirectLineHost { ExtraSettings = new Dictionary<string, string?> { ["RateLimits:PerTokenPerMinute"] = "3" } };
        var factory = host.Start();
        using var withSecret = new DirectLineClient(factory, DirectLineHost.Secret);
        var (_, started) = await withSecret.StartAsync();
        var conversation = (string)started!["conversationId"]!;
        using var first = new DirectLineClient(factory, (string)started["token"]!);

        var polled = (await first.GetActivitiesAsync(conversation, null)).Status;
        var (refreshStatus, refreshed) = await first.RefreshAsync();
        using var second = new DirectLineClient(factory, (string)refreshed!["token"]!);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            statuses.Add((await second.GetActivitiesAsync(conversation, null)).Status);
        }

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (polled, refreshStatus));
        Assert.NotEqual((string)started["token"]!, (string)refreshed["token"]!);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff", true)]   // one customer's /64
    [InlineData("2001:db8:1:2::1", "2001:db8:1:3::1", false)]                   // the neighbour's /64
    [InlineData("::ffff:203.0.113.9", "203.0.113.9", true)]                     // IPv4 however it arrives
    [InlineData("203.0.113.9", "203.0.113.10", false)]
    public void Addresses_are_counted_per_ipv4_address_and_per_ipv6_64(string first, string second, bool together)
    {
        var a = Microsoft.AspNetCore.Http.PathString.FromUriComponent("/v3/directline/conversations");
        Assert.Equal(
            together,
            SupportBot.Bot.RateLimiting.ChannelRateLimiter.AddressGroup(a, IPAddress.Parse(first)) == SupportBot.Bot.RateLimiting.ChannelRateLimiter.AddressGroup(a, IPAddress.Parse(second)));
    }

    [Fact]
    public void The_defaults_are_sized_for_a_store_not_for_the_hosts_ceiling()
    {
        var defaults = new SupportBot.Bot.RateLimiting.RateLimitOptions();
        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(SupportBot.Testing.Hosting.RepositoryRoot.Path, "appsettings.json")));
        var configured = settings.RootElement.GetProperty("RateLimits");

        Assert.True(defaults.DirectLinePerAddressPerMinute <= 600);
        Assert.True(defaults.PerTokenPerMinute <= 120);
        Assert.True(configured.GetProperty("DirectLinePerAddressPerMinute").GetInt32() <= 600);
        Assert.True(configured.GetProperty("PerTokenPerMinute").GetInt32() <= 120);
    }
}
