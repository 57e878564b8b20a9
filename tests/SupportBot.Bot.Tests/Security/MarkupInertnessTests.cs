using System.Net;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Markup in customer text stays data: the bot's replies never carry it back as markup, and where the channel
/// returns the customer's own text it is JSON, never a document a browser would render.
/// </summary>
public sealed class MarkupInertnessTests(SupportBotFactory factory) : IClassFixture<SupportBotFactory>
{
    public static TheoryData<string> Payloads() => new()
    {
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">注文</a>",
        "[click](javascript:alert(1))",
        "<iframe srcdoc='<script>alert(1)</script>'>",
        "\"><svg onload=alert(1)>",
    };

    // Each dialog state a customer's free text can reach: the menu, the order number, the date, the FAQ question.
    private static readonly string[][] Paths =
    [
        [],
        ["注文をキャンセルしたい"],
        ["返金がまだです。コンビニで払いました"],
        ["よくある質問"],
        ["キャンセルが失敗した・拒否された", "エラーで失敗した"],
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Markup_sent_in_any_dialog_state_never_comes_back_as_markup_in_a_reply(string payload)
    {
        using var client = factory.CreateClient();
        foreach (var path in Paths)
        {
            var conversation = "markup-" + Guid.NewGuid().ToString("N");
            foreach (var step in path)
            {
                using var _ = await client.PostActivityAsync(TestActivities.Message(conversation, step));
            }

            using var response = await client.PostActivityAsync(TestActivities.Message(conversation, payload));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            foreach (var reply in await response.ReadRepliesAsync())
            {
                var shown = string.Join("\n", reply.Text, reply.Speak, string.Join(" ", reply.SuggestedActions?.Actions?.Select(a => $"{a.Title} {a.Value}") ?? []));
                Assert.DoesNotContain("<script", shown, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("onerror", shown, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("onload", shown, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("javascript:", shown, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<iframe", shown, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Direct_line_returns_the_customers_markup_only_inside_json_with_a_json_content_type()
    {
        await using var host = new DirectLineHost();
        var dl = host.Start();
        using var client = new DirectLineClient(dl, DirectLineHost.Secret);
        var (_, started) = await client.StartAsync();
        var conversationId = (string)started!["conversationId"]!;
        client.Bearer = (string)started["token"]!;
        const string payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var (posted, _) = await client.PostActivityAsync(conversationId, DirectLineClient.UserMessage(payload, "dl-markup-user", "c1"));
        using var http = dl.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", client.Bearer);

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, posted);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var activities = Newtonsoft.Json.Linq.JObject.Parse(body)["activities"]!.ToList();
        Assert.Contains(activities, a => (string?)a["channelData"]?["clientActivityID"] == "c1" && (string?)a["text"] == payload);
        Assert.DoesNotContain(activities, a => (string?)a["channelData"]?["clientActivityID"] != "c1" && ((string?)a["text"])?.Contains("<script", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task An_error_about_bad_input_never_reflects_the_input_as_html()
    {
        using var client = factory.CreateClient();
        const string payload = "<script>alert(1)</script>";

        using var response = await client.PostRawAsync("{\"type\":\"" + payload + "\"}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script", body, StringComparison.Ordinal);
    }
}
