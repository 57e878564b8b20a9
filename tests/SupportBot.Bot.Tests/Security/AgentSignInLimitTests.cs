using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.AgentConsole.Accounts;
using SupportBot.Bot.Tests.Escalation.TestSupport;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Password guessing spread over many addresses crawls (a growing delay per user name) without handing anyone a
/// lock-out; one address guessing is refused for that name; sign-out and a removed account end a session on the server.
/// </summary>
public sealed class AgentSignInLimitTests
{
    private static readonly Dictionary<string, string?> ManyAddressesSettings = new()
    {
        // The per-address attempt limit is what a spread attack gets around: make it irrelevant here.
        ["Agents:SignInAttemptsPerMinute"] = "1000",
        ["Agents:SignInDelayAfterFailures"] = "3",
        ["Agents:SignInMaxDelaySeconds"] = "60",
    };

    [Fact]
    public async Task Ten_wrong_passwords_from_ten_addresses_slow_the_name_but_never_lock_the_agent_out()
    {
        await using var host = new EscalationHost(extraSettings: ManyAddressesSettings, testServices: RemoteAddress.FromHeader(AgentSession.AddressHeader));
        var attempts = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            using var attacker = new AgentSession(host, $"203.0.113.{attempt + 1}");
            attempts.Add(await attacker.SignInAsync(password: "guess " + attempt));
        }

        using var tanaka = new AgentSession(host, "198.51.100.7");
        using var suzuki = new AgentSession(host, "198.51.100.8");
        var agent = await tanaka.SignInAsync();
        var other = await suzuki.SignInAsync(userName: EscalationHost.OtherAgentUserName);

        // Three guesses are tried; the rest wait their turn (429 with the wait), which is what makes guessing crawl.
        Assert.Equal(3, attempts.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.All(attempts.Skip(3), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        // The agent waits seconds at most, never the old 15-minute lock anyone could trigger.
        Assert.True(agent.StatusCode == HttpStatusCode.Redirect || (agent.StatusCode == HttpStatusCode.TooManyRequests && agent.Headers.RetryAfter?.Delta <= TimeSpan.FromSeconds(60)), $"{agent.StatusCode} {agent.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task One_address_guessing_a_name_is_refused_for_that_name_while_the_agent_elsewhere_signs_in()
    {
        await using var host = new EscalationHost(
            extraSettings: new Dictionary<string, string?>
            {
                ["Agents:SignInAttemptsPerMinute"] = "1000",
                ["Agents:SignInFailuresPerAddress"] = "3",
                ["Agents:SignInDelayAfterFailures"] = "1000",
            },
            testServices: RemoteAddress.FromHeader(AgentSession.AddressHeader));
        using var attacker = new AgentSession(host, "203.0.113.9");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.SignInAsync(password: "guess " + attempt)).StatusCode);
        }

        var fromAttacker = await attacker.SignInAsync();
        using var tanaka = new AgentSession(host, "198.51.100.7");
        var fromAgent = await tanaka.SignInAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, fromAttacker.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fromAgent.StatusCode);
    }

    [Fact]
    public void Each_failure_past_the_threshold_doubles_the_wait_up_to_the_maximum_and_a_success_clears_it()
    {
        var clock = new FakeTimeProvider();
        var throttle = new SignInThrottle(Options.Create(new AgentOptions { SignInDelayAfterFailures = 3, SignInMaxDelaySeconds = 60, SignInFailuresPerAddress = 1000, SignInLockoutMinutes = 15 }), clock);
        var waits = new List<TimeSpan?>();
        for (var failure = 1; failure <= 10; failure++)
        {
            throttle.Failed("tanaka", "203.0.113." + failure);
            waits.Add(throttle.WaitFor("TANAKA", "198.51.100.7"));
        }

        clock.Advance(TimeSpan.FromSeconds(60));
        var afterMaximum = throttle.WaitFor("tanaka", "198.51.100.7");
        throttle.Failed("tanaka", "203.0.113.1");
        throttle.Succeeded("tanaka", "198.51.100.7");

        Assert.Equal(
            new TimeSpan?[] { null, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(32), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60) },
            waits);
        Assert.Null(afterMaximum);
        Assert.Null(throttle.WaitFor("tanaka", "203.0.113.1"));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copy_of_the_cookie_stops_working()
    {
        await using var host = new EscalationHost();
        using var agent = new AgentSession(host);
        var signIn = await agent.SignInAsync();
        var cookie = signIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("SupportBot.Agent=", StringComparison.Ordinal)).Split(';')[0];
        var before = await TicketsStatusAsync(host, cookie);

        var signOut = await agent.PostAsync("/agent/signout");
        var after = await TicketsStatusAsync(host, cookie);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task A_removed_accounts_session_is_refused_at_its_next_request()
    {
        var folder = Directory.CreateTempSubdirectory("supportbot-revoke-").FullName;
        try
        {
            string cookie;
            await using (var before = new EscalationHost(folder: folder))
            {
                using var agent = new AgentSession(before);
                var signIn = await agent.SignInAsync();
                cookie = signIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("SupportBot.Agent=", StringComparison.Ordinal)).Split(';')[0];
            }

            // The same accounts after a restart: the cookie still opens the console (so the next check means something).
            await using (var kept = new EscalationHost(folder: folder))
            {
                Assert.Equal(HttpStatusCode.OK, await TicketsStatusAsync(kept, cookie));
            }

            // tanaka removed from Agents:Accounts: the same cookie no longer does.
            await using var removed = new EscalationHost(folder: folder, extraSettings: new Dictionary<string, string?>
            {
                ["Agents:Accounts:0:UserName"] = "sato",
            });
            Assert.Equal(HttpStatusCode.Unauthorized, await TicketsStatusAsync(removed, cookie));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<HttpStatusCode> TicketsStatusAsync(EscalationHost host, string cookie)
    {
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/agent/api/tickets");
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }
}
