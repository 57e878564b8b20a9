using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Agent;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.Agent;

/// <summary>Behind a TLS proxy the request looks like HTTP: outside Development the agent cookies are Secure regardless.</summary>
public sealed class AgentCookieTests
{
    [Theory]
    [InlineData("Production", CookieSecurePolicy.Always)]
    [InlineData("Staging", CookieSecurePolicy.Always)]
    [InlineData("Development", CookieSecurePolicy.SameAsRequest)]
    public async Task The_sign_in_and_antiforgery_cookies_are_Secure_outside_Development(string environment, CookieSecurePolicy expected)
    {
        await using var host = new SupportBotFactory
        {
            EnvironmentName = environment,
            Settings = new Dictionary<string, string?> { ["BotHost:AllowAnonymousOutsideDevelopment"] = "true" },
        };
        using var client = host.CreateClient();

        var signIn = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(AgentAuthentication.Scheme);
        var antiforgery = host.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;

        Assert.Equal((expected, expected), (signIn.Cookie.SecurePolicy, antiforgery.Cookie.SecurePolicy));
    }
}
