using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Bot.AgentConsole;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.AgentConsole;

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

    [Fact]
    public async Task The_sign_in_page_over_plain_http_in_production_says_https_is_needed_instead_of_a_500()
    {
        await using var host = new SupportBotFactory
        {
            EnvironmentName = "Production",
            Settings = new Dictionary<string, string?> { ["BotHost:AllowAnonymousOutsideDevelopment"] = "true" },
        };
        using var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") });

        using var response = await client.GetAsync(new Uri("/agent/signin", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("HTTPS", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "__RequestVerificationToken=%00%zz&&=")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nbroken")]
    public async Task A_malformed_sign_out_form_is_a_400_not_a_500(string contentType, string body)
    {
        await using var host = new SupportBot.Bot.Tests.Escalation.TestSupport.EscalationHost();
        using var agent = new SupportBot.Bot.Tests.Escalation.TestSupport.AgentSession(host);
        await agent.SignInAsync();
        using var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        using var response = await agent.Http.PostAsync(new Uri("/agent/signout", UriKind.Relative), content);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
