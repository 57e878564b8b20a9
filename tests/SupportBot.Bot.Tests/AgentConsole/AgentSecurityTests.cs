using System.Net;
using System.Net.Http.Headers;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Escalation.TestSupport;

namespace SupportBot.Bot.Tests.AgentConsole;

/// <summary>
/// Nothing of the agent console is reachable without signing in: pages redirect to the sign-in form, the API answers
/// 401, a customer's Direct Line token or the Direct Line secret count for nothing, posts need the antiforgery token,
/// and customer text is shown as text.
/// </summary>
public sealed class AgentSecurityTests : IAsyncDisposable
{
    private readonly EscalationHost _host = new();

    public static TheoryData<string> Pages => new() { "/agent", "/agent/", "/agent/tickets/1", "/agent/assets/console.js", "/agent/assets/console.css" };

    public static TheoryData<string, string> Api => new()
    {
        { "GET", "/agent/api/tickets" },
        { "GET", "/agent/api/tickets/1" },
        { "GET", "/agent/api/tickets/1/events" },
        { "GET", "/agent/api/queue/events" },
        { "GET", "/agent/api/figures" },
        { "POST", "/agent/api/tickets/1/takeover" },
        { "POST", "/agent/api/tickets/1/messages" },
        { "POST", "/agent/api/tickets/1/resolve" },
    };

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Pages_redirect_to_sign_in_without_a_sign_in(string path)
    {
        using var agent = new AgentSession(_host);

        var response = await agent.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/agent/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Api))]
    public async Task Api_answers_401_without_a_sign_in(string method, string path)
    {
        using var agent = new AgentSession(_host);

        var response = await agent.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_gives_no_access()
    {
        using var agent = new AgentSession(_host);

        var signIn = await agent.SignInAsync(password: "wrong password");
        var api = await agent.Http.GetAsync(new Uri("/agent/api/tickets", UriKind.Relative));
        var unknown = await agent.SignInAsync(userName: "nobody");

        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.False(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("SupportBot.Agent=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task The_right_password_opens_the_console_and_a_foreign_return_url_is_ignored()
    {
        using var agent = new AgentSession(_host);

        var signIn = await agent.SignInAsync(returnUrl: "https://evil.example/agent");
        var api = await agent.Http.GetAsync(new Uri("/agent/api/tickets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/agent", signIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.NotNull(agent.Csrf);
    }

    [Fact]
    public async Task Password_guessing_is_cut_off_after_the_allowed_attempts_per_minute()
    {
        // Only the per-address limit here: the per-name delay and lock have their own tests (AgentSignInLimitTests).
        await using var host = new EscalationHost(extraSettings: new Dictionary<string, string?>
        {
            ["Agents:SignInDelayAfterFailures"] = "1000",
            ["Agents:SignInFailuresPerAddress"] = "1000",
        });
        using var agent = new AgentSession(host);
        var statuses = new List<HttpStatusCode>();

        for (var attempt = 0; attempt < 11; attempt++)
        {
            statuses.Add((await agent.SignInAsync(password: "guess " + attempt)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 10), statuses.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await agent.SignInAsync()).StatusCode);
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        using var agent = new AgentSession(_host);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = EscalationHost.AgentUserName,
            ["password"] = EscalationHost.AgentPassword,
        });

        var response = await agent.Http.PostAsync(new Uri("/agent/signin", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_agents_post_without_the_antiforgery_header_is_refused()
    {
        using var agent = new AgentSession(_host);
        await agent.SignInAsync();

        var response = await agent.PostAsync("/agent/api/tickets/1/takeover", withCsrf: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_customers_direct_line_token_or_the_secret_cannot_read_tickets()
    {
        var customer = await PageConversation.StartAsync(_host.Factory);
        using var http = _host.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var bearer in new[] { customer.Token, EscalationHost.DirectLineSecret })
        {
            foreach (var path in new[] { "/agent/api/tickets", "/agent/api/tickets/1", "/agent/api/tickets/1/events" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                var response = await http.SendAsync(request);
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }

            using var page = new HttpRequestMessage(HttpMethod.Get, "/agent");
            page.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            Assert.Equal(HttpStatusCode.Redirect, (await http.SendAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task A_script_in_a_customers_message_is_shown_as_text_in_the_console()
    {
        const string Attack = "<script>window.__pwned=1</script><img src=x onerror=\"alert(1)\">";
        var chat = new EmulatorChat(_host);
        await chat.SayAsync("担当者と話したい");
        await chat.SayAsync(Attack);
        var ticket = Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None));
        using var agent = new AgentSession(_host);
        await agent.SignInAsync();

        var page = await agent.Http.GetAsync(new Uri($"/agent/tickets/{ticket.Number}", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script>window", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
