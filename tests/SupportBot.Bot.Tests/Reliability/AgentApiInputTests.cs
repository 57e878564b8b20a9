using System.Net;
using System.Text;
using CsCheck;
using SupportBot.Bot.Tests.Escalation.TestSupport;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;
using Xunit.Abstractions;

namespace SupportBot.Bot.Tests.Reliability;

/// <summary>
/// Generated requests to the agent console (CsCheck; a failure prints the seed): a signed-in agent's bad calls and an
/// anonymous caller's bad sign-ins never get a 5xx, and bad sign-ins never open the console.
/// </summary>
public sealed class AgentApiInputTests(ITestOutputHelper output)
{
    private const int Iterations = 120;

    private static readonly string[] Actions = ["messages", "takeover", "resolve"];

    [Fact]
    public async Task Generated_calls_from_a_signed_in_agent_never_get_a_5xx()
    {
        await using var host = new EscalationHost();
        using (var customer = host.Factory.CreateClient())
        {
            using var escalated = await customer.PostActivityAsync(TestActivities.Message("agent-fuzz", "担当者と話したい"));
            Assert.Equal(HttpStatusCode.OK, escalated.StatusCode);
        }

        using var agent = new AgentSession(host);
        using (var signedIn = await agent.SignInAsync())
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var numbers = Gen.OneOf<string>(Gen.OneOf("1", "2", "0", "-1", "9223372036854775807", "99999999999999999999", "abc", "%20"), Gen.Long.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var bodies = Gen.OneOf<string>(
            HostileValues.Value(3).Select(v => v?.ToJsonString() ?? "null"),
            HostileValues.Text.Select(t => System.Text.Json.JsonSerializer.Serialize(new { text = t })),
            Gen.String[0, 30]);
        var calls = Gen.Select(Gen.Int[0, 4], numbers, bodies, Gen.Bool, HostileValues.Text, (kind, number, body, csrf, query) => (kind, number, body, csrf, query));

        await calls.SampleAsync(async call =>
        {
            var (kind, number, body, csrf, query) = call;
            using var request = kind switch
            {
                <= 2 => new HttpRequestMessage(HttpMethod.Post, $"/agent/api/tickets/{number}/{Actions[kind]}") { Content = new StringContent(body, Encoding.UTF8, "application/json") },
                3 => new HttpRequestMessage(HttpMethod.Get, $"/agent/api/tickets/{number}"),
                _ => new HttpRequestMessage(HttpMethod.Get, $"/agent/api/tickets?reason={Uri.EscapeDataString(query)}&state={Uri.EscapeDataString(query)}&max={number}"),
            };
            if (csrf && agent.Csrf is not null)
            {
                request.Headers.Add("X-CSRF-TOKEN", agent.Csrf);
            }

            using var response = await agent.Http.SendAsync(request);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {request.Method} {request.RequestUri} {body}");
        }, iter: Iterations, threads: 1, writeLine: output.WriteLine);
    }

    [Fact]
    public async Task A_sign_in_form_with_a_NUL_in_a_value_gets_400_not_500()
    {
        await using var host = new EscalationHost();
        using var agent = new AgentSession(host);

        using var response = await agent.SignInAsync("tanaka\0", EscalationHost.AgentPassword);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Generated_sign_ins_never_get_a_5xx_and_never_open_the_console()
    {
        await using var host = new EscalationHost();

        await Gen.Select(HostileValues.Text, HostileValues.Text, HostileValues.Text, (user, password, returnUrl) => (user, password, returnUrl))
            .SampleAsync(async sample =>
            {
                var (user, password, returnUrl) = sample;
                using var agent = new AgentSession(host);
                using var response = await agent.SignInAsync(user, password, returnUrl);
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for '{user}'");
                using var console = await agent.Http.GetAsync(new Uri("/agent/api/tickets", UriKind.Relative));
                Assert.Equal(HttpStatusCode.Unauthorized, console.StatusCode);
            }, iter: 60, threads: 1, writeLine: output.WriteLine);
    }
}
