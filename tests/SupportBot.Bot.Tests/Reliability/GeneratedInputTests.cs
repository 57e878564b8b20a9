using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsCheck;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using Xunit.Abstractions;

namespace SupportBot.Bot.Tests.Reliability;

/// <summary>
/// Property-based bad input (CsCheck; a failure prints the seed to replay): generated activities and JSON against
/// /api/messages and the Direct Line endpoints never get a 5xx, and every 4xx says why.
/// </summary>
public sealed class GeneratedInputTests(ITestOutputHelper output)
{
    private const int Iterations = 150;

    [Fact]
    public async Task Generated_activities_posted_to_api_messages_never_get_a_5xx_and_every_4xx_gives_a_reason()
    {
        using var factory = new SupportBotFactory();
        using var client = factory.CreateClient();

        await ActivityMutations.Bodies("emulator", "generated-messages")
            .Select(Gen.Int[0, 3], (body, contentType) => (body, contentType))
            .SampleAsync(async sample =>
            {
                var (body, contentType) = sample;
                using var response = await client.PostRawAsync(body, contentType: ContentTypes[contentType]);
                await AssertRefusedClearlyOrServedAsync(response, body);
            }, iter: Iterations, threads: 1, writeLine: output.WriteLine);
    }

    [Fact]
    public async Task Generated_activities_and_ids_posted_to_direct_line_never_get_a_5xx()
    {
        await using var host = new DirectLineHost();
        var factory = host.Start();
        using var withSecret = new DirectLineClient(factory, DirectLineHost.Secret);
        var (_, started) = await withSecret.StartAsync();
        var conversationId = (string)started!["conversationId"]!;
        var token = (string)started["token"]!;
        using var http = factory.CreateClient();

        var paths = Gen.OneOf<string>(
            Gen.Const(conversationId),
            // NUL in a path: the in-memory TestServer client throws before sending (Kestrel answers 400 itself).
            HostileValues.Text.Where(t => t.Length > 0 && !t.Contains('\0', StringComparison.Ordinal)).Select(Uri.EscapeDataString));
        var bearers = Gen.OneOf(token, DirectLineHost.Secret, "", "not-a-token", token + "x", token[..(token.Length / 2)]);
        await Gen.Select(ActivityMutations.Bodies("webchat", conversationId), paths, bearers, (b, p, t) => (b, p, t))
            .SampleAsync(async sample =>
            {
                var (body, path, bearer) = sample;
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{path}/activities")
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                if (bearer.Length > 0)
                {
                    request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
                }

                using var response = await http.SendAsync(request);
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {path} {body}");
            }, iter: Iterations, threads: 1, writeLine: output.WriteLine);
    }

    [Fact]
    public async Task Generated_bodies_for_starting_and_refreshing_direct_line_never_get_a_5xx()
    {
        await using var host = new DirectLineHost();
        var factory = host.Start();
        using var http = factory.CreateClient();
        var calls = Gen.OneOf("/v3/directline/conversations", "/v3/directline/tokens/generate", "/v3/directline/tokens/refresh", "/api/token");

        await Gen.Select(calls, HostileValues.Value(3).Select(v => v?.ToJsonString() ?? "null"), Gen.Bool, (c, b, s) => (c, b, s))
            .SampleAsync(async sample =>
            {
                var (call, body, withSecret) = sample;
                using var request = new HttpRequestMessage(HttpMethod.Post, call) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                if (withSecret)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineHost.Secret);
                }

                using var response = await http.SendAsync(request);
                Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {call} {body}");
            }, iter: Iterations, threads: 1, writeLine: output.WriteLine);
    }

    private static readonly string[] ContentTypes = ["application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded"];

    private static async Task AssertRefusedClearlyOrServedAsync(HttpResponseMessage response, string body)
    {
        var status = (int)response.StatusCode;
        Assert.True(status < 500, $"{status} for {body}");
        if (status >= 400)
        {
            var text = await response.Content.ReadAsStringAsync();
            using var json = JsonDocument.Parse(text);
            var reason = json.RootElement.GetProperty("error").GetString();
            Assert.False(string.IsNullOrWhiteSpace(reason), $"{status} without a reason for {body}");
        }
    }
}
