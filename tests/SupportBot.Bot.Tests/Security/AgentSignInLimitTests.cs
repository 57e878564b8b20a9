using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.Agent.Accounts;
using SupportBot.Bot.Tests.Escalation.TestSupport;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Password guessing spread over many addresses still stops at the account: a user name is locked after a few failures,
/// other agents are not, and a session of an account that was removed stops working at its next request.
/// </summary>
public sealed class AgentSignInLimitTests
{
    private static readonly Dictionary<string, string?> ManyAddressesSettings = new()
    {
        // The per-address limit is what a spread attack gets around: make it irrelevant here.
        ["Agents:SignInAttemptsPerMinute"] = "1000",
        ["Agents:SignInFailuresPerUserName"] = "3",
    };

    [Fact]
    public async Task A_user_name_is_locked_after_its_failures_even_for_the_right_password_and_others_are_not()
    {
        await using var host = new EscalationHost(extraSettings: ManyAddressesSettings);
        using var attacker = new AgentSession(host);
        using var tanaka = new AgentSession(host);
        using var suzuki = new AgentSession(host);

        var failures = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            failures.Add((await attacker.SignInAsync(password: "guess " + attempt)).StatusCode);
        }

        var locked = await tanaka.SignInAsync();
        var other = await suzuki.SignInAsync(userName: EscalationHost.OtherAgentUserName);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 3), failures);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public void The_lock_ends_with_its_window_and_a_success_clears_the_count()
    {
        var clock = new FakeTimeProvider();
        var throttle = new SignInThrottle(Options.Create(new AgentOptions { SignInFailuresPerUserName = 3, SignInLockoutMinutes = 15 }), clock);

        throttle.Failed("tanaka");
        throttle.Failed("TANAKA");
        throttle.Succeeded("tanaka");
        throttle.Failed("tanaka");
        throttle.Failed("tanaka");
        var afterSuccess = throttle.LockedFor("tanaka");
        throttle.Failed("tanaka");
        var locked = throttle.LockedFor("Tanaka");
        clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromTicks(1));
        var justBefore = throttle.LockedFor("tanaka");
        clock.Advance(TimeSpan.FromTicks(1));

        Assert.Null(afterSuccess);
        Assert.Equal(TimeSpan.FromMinutes(15), locked);
        Assert.Equal(TimeSpan.FromTicks(1), justBefore);
        Assert.Null(throttle.LockedFor("tanaka"));
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
