using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Hosting;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// The High finding, scripted against the real host process as the attacker ran it: a Web Chat customer is asked for
/// their order number; an anonymous POST to /api/messages claiming the customer's Direct Line conversation tries to
/// answer for them. It is refused, and the customer's conversation goes on exactly as if it had never been sent.
/// </summary>
public sealed class CrossChannelAttackTests
{
    private const string AttackerOrder = "250-9999999-9999999";

    [Fact]
    public async Task An_anonymous_post_claiming_a_web_chat_conversation_is_refused_and_changes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("supportbot-attack-").FullName;
        try
        {
            await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?> { ["Storage__SqlitePath"] = Path.Combine(folder, "supportbot.db") });
            using var http = new HttpClient { BaseAddress = bot.BaseAddress, Timeout = Patience.Hang };

            // The customer: a page token, the conversation started, "I want to cancel" → asked for the order number.
            var page = JObject.Parse(await (await http.PostAsync(new Uri("/api/token", UriKind.Relative), null)).Content.ReadAsStringAsync());
            var token = (string)page["token"]!;
            var conversationId = (string)page["conversationId"]!;
            var userId = (string)page["userId"]!;
            Assert.Equal(HttpStatusCode.Created, (await SendAsync(http, HttpMethod.Post, "/v3/directline/conversations", token, "{}")).StatusCode);
            await PostAsync(http, conversationId, token, userId, "注文をキャンセルしたい");
            var before = await WaitForBotTextCountAsync(http, conversationId, token, 2);

            // The attacker: anonymous /api/messages, the customer's conversation id, channel directline, their order number.
            var forged = TestActivities.Message(conversationId, AttackerOrder);
            forged.ChannelId = "directline";
            using var attack = await http.PostActivityAsync(forged);

            Assert.Equal(HttpStatusCode.Forbidden, attack.StatusCode);
            Assert.DoesNotContain(AttackerOrder, await attack.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // The customer answers the pending question themselves and the dialog moves on from it: nothing was answered for them.
            await PostAsync(http, conversationId, token, userId, "250-1234567-1234567");
            var after = await WaitForBotTextCountAsync(http, conversationId, token, before.Count + 1);
            var log = await ActivitiesAsync(http, conversationId, token);
            Assert.DoesNotContain(log, a => a.ToString().Contains(AttackerOrder, StringComparison.Ordinal));
            Assert.Equal(before, after.Take(before.Count));
            Assert.NotEqual(before[^1], after[^1]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string conversationId, string token, string userId, string text) =>
        SendAsync(http, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token,
            new JObject { ["type"] = "message", ["text"] = text, ["from"] = new JObject { ["id"] = userId }, ["locale"] = "ja-JP" }.ToString());

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
        return response;
    }

    private static async Task<List<JObject>> ActivitiesAsync(HttpClient http, string conversationId, string token)
    {
        var response = await SendAsync(http, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        return JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.Cast<JObject>().ToList();
    }

    // The bot's messages so far, once there are at least count of them.
    private static async Task<List<string>> WaitForBotTextCountAsync(HttpClient http, string conversationId, string token, int count)
    {
        var deadline = DateTime.UtcNow + Patience.Hang;
        while (true)
        {
            var texts = (await ActivitiesAsync(http, conversationId, token))
                .Where(a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] != "user" && (string?)a["from"]?["id"] is { } from && !from.StartsWith("dl_", StringComparison.Ordinal))
                .Select(a => (string?)a["text"] ?? string.Empty)
                .ToList();
            if (texts.Count >= count)
            {
                return texts;
            }

            Assert.True(DateTime.UtcNow < deadline, $"only {texts.Count} bot messages: {string.Join(" | ", texts)}");
            await Task.Delay(50);
        }
    }
}
