using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Understanding;
using SupportBot.Understanding.Clu;
using SupportBot.Knowledge;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Clu;

namespace SupportBot.Bot.Tests.Turns;

/// <summary>The whole host with CLU configured against a fake CLU server: whatever CLU does, customers get answers.</summary>
public sealed class CluConversationTests
{
    private const string Answer = """
        {"kind":"ConversationResult","result":{"query":"注文をキャンセルしたい","prediction":{"projectKind":"Conversation","topIntent":"CancelOrder",
          "intents":[{"category":"CancelOrder","confidenceScore":0.95},{"category":"None","confidenceScore":0.01}],"entities":[]}}}
        """;

    private const string Orchestration = """
        {"kind":"ConversationResult","result":{"query":"q","prediction":{"projectKind":"Orchestration","topIntent":"Faq",
          "intents":{"Faq":{"targetProjectKind":"QuestionAnswering","confidenceScore":0.8,"result":{"answers":[]}}}}}}
        """;

    public static TheoryData<string, CluScriptedResponse, int> CluBehaviours => new()
    {
        { "success", CluScriptedResponse.Json(200, Answer), 30_000 },
        { "orchestration", CluScriptedResponse.Json(200, Orchestration), 30_000 },
        { "401", CluScriptedResponse.Error(401, "Unauthorized"), 30_000 },
        { "404", CluScriptedResponse.Error(404, "NotFound"), 30_000 },
        { "429 Retry-After", CluScriptedResponse.Error(429, "TooManyRequests", ("Retry-After", "60")), 30_000 },
        { "500", CluScriptedResponse.Error(500, "InternalServerError"), 30_000 },
        { "time-out", CluScriptedResponse.Json(200, Answer).After(TimeSpan.FromSeconds(60)), 800 },
        { "malformed JSON", CluScriptedResponse.Json(200, "{\"kind\":\"ConversationResult\",\"result\":{\"pred"), 30_000 },
    };

    [Theory]
    [MemberData(nameof(CluBehaviours))]
    public async Task Every_message_gets_an_answer_whatever_CLU_does(string behaviour, CluScriptedResponse script, int timeoutMilliseconds)
    {
        await using var clu = await FakeCluServer.StartAsync(script);
        await using var factory = new SupportBotFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["CluAPIHostName"] = clu.Endpoint,
                ["CluAPIKey"] = "test-key",
                ["CluProjectName"] = "SupportBot",
                ["CluDeploymentName"] = "production",
                ["Clu:TimeoutMilliseconds"] = timeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Clu:RetryDelayMilliseconds"] = "10",
                ["Clu:MaxRetryDelayMilliseconds"] = "20",
            },
        };
        using var client = factory.CreateClient();
        var apology = factory.Services.GetRequiredService<IKnowledgeBase>().Current.Text(MessageKeys.ErrorTurn, "ja");
        var conversation = "conv-" + Guid.NewGuid().ToString("N");

        Assert.IsType<CluRecognizer>(factory.Services.GetRequiredService<IIntentRecognizer>());
        using var _ = await client.PostActivityAsync(TestActivities.ConversationUpdate(conversation));
        foreach (var text in (string[])["注文をキャンセルしたい", "ヘルプ", "こんにちは"])
        {
            using var response = await client.PostActivityAsync(TestActivities.Message(conversation, text));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var replies = (await response.ReadRepliesAsync()).Where(r => r.Type == ActivityTypes.Message).ToList();
            Assert.True(replies.Count > 0, $"{behaviour}: no reply to \"{text}\"");
            Assert.All(replies, r => Assert.NotEqual(apology, r.Text));
        }

        // The conversation consulted CLU (then fell back when it failed), not only the offline recognizer.
        Assert.NotEmpty(clu.Requests);
    }
}
