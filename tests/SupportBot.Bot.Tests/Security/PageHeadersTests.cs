using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// The customer page runs only its own scripts, talks only to its own origin and is framed only where the shop allows;
/// outside Development, HTTPS answers pin HTTPS (HSTS).
/// </summary>
public sealed class PageHeadersTests
{
    [Fact]
    public async Task The_page_sends_a_content_security_policy_framed_by_itself_only_by_default()
    {
        await using var host = new SupportBotFactory();
        using var client = host.CreateClient();

        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var script = await client.GetAsync(new Uri("/app.js", UriKind.Relative));

        var policy = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://localhost", policy, StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(',', script.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", string.Join(',', page.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_shop_can_allow_its_own_site_to_frame_the_page_and_a_bad_value_stops_the_start()
    {
        await using var embedded = new SupportBotFactory { Settings = new Dictionary<string, string?> { ["Page:FrameAncestors"] = "'self' https://shop.example" } };
        await using var injected = new SupportBotFactory { Settings = new Dictionary<string, string?> { ["Page:FrameAncestors"] = "'self'; script-src *" } };

        var page = await embedded.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.EndsWith("frame-ancestors 'self' https://shop.example", string.Join(' ', page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        var error = Assert.ThrowsAny<Exception>(() => injected.CreateClient());
        Assert.Contains("Page:FrameAncestors", StartFailure.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_https_answers_carry_hsts_and_development_does_not()
    {
        await using var production = new SupportBotFactory
        {
            EnvironmentName = "Production",
            Settings = new Dictionary<string, string?> { ["BotHost:AllowAnonymousOutsideDevelopment"] = "true" },
        };
        await using var development = new SupportBotFactory();

        var pinned = await HealthOverHttpsAsync(production);
        var unpinned = await HealthOverHttpsAsync(development);

        Assert.Contains("max-age=31536000", string.Join(' ', pinned.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.False(unpinned.Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<HttpResponseMessage> HealthOverHttpsAsync(SupportBotFactory host)
    {
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://shop.example/") });
        return await client.GetAsync(new Uri("/healthz", UriKind.Relative));
    }
}
