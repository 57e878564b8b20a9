using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Activities;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>
/// A customer's message on Direct Line is answered exactly once: a client's retry of the same post gets the
/// original's id and no second turn, a message accepted just before the process stopped is answered after the
/// restart, and the log keeps only what the bot reads of a post.
/// </summary>
public sealed class ExactlyOnceTests
{
    [Fact]
    public async Task A_repeated_post_with_the_same_client_id_is_answered_once_with_the_original_id()
    {
        await using var host = new DirectLineHost();
        var conversation = await PageConversation.StartAsync(host.Start());
        var (_, watermark) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);
        var message = DirectLineClient.UserMessage("注文をキャンセルしたい", conversation.UserId, "retry-1");

        var (firstStatus, first) = await conversation.Client.PostActivityAsync(conversation.ConversationId, message);
        var (repeatStatus, repeat) = await conversation.Client.PostActivityAsync(conversation.ConversationId, message);
        var (next, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, watermark, 3, Patience.Hang);
        var (_, all) = await conversation.Client.GetActivitiesAsync(conversation.ConversationId, watermark);
        var activities = all!["activities"]!.Cast<JObject>().ToList();

        Assert.Equal(HttpStatusCode.OK, firstStatus);
        Assert.Equal(HttpStatusCode.OK, repeatStatus);
        Assert.Equal((string)first!["id"]!, (string)repeat!["id"]!);
        Assert.Single(activities, a => (string?)a["text"] == "注文をキャンセルしたい");
        var answers = activities.Where(a => (string)a["from"]!["role"]! == "bot" && (string?)a["type"] == "message").ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.Equal((string)first["id"]!, (string?)a["replyToId"]));
        var texts = answers.Select(a => (string?)a["text"]).OfType<string>().ToList();
        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.NotEmpty(next);
    }

    [Fact]
    public async Task A_message_accepted_just_before_the_process_stopped_is_answered_after_the_restart()
    {
        await using var host = new DirectLineHost { ExtraSettings = new Dictionary<string, string?> { ["DirectLine:RecoveryDelaySeconds"] = "0" } };
        var before = host.Start();
        var conversation = await PageConversation.StartAsync(before);
        var (_, watermark) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);
        var greeting = (await before.Services.GetRequiredService<IDirectLineActivityLog>().ReadAfterAsync(conversation.ConversationId, 0, 10, int.MaxValue, CancellationToken.None))[0];
        var serviceUrl = ActivityJson.Deserialize(greeting.ActivityJson)!.ServiceUrl;

        // What the channel had written when the process died: the customer's message, accepted, with no turn run.
        var accepted = new Activity
        {
            Type = ActivityTypes.Message,
            Id = DirectLineActivityFeed.NewActivityId(),
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = DirectLineTurnRunner.ChannelId,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(id: conversation.ConversationId),
            From = new ChannelAccount(conversation.UserId, role: RoleTypes.User),
            Recipient = new ChannelAccount("supportbot", "SupportBot", RoleTypes.Bot),
            Text = "注文をキャンセルしたい",
            Locale = "ja-JP",
        };
        await before.Services.GetRequiredService<IDirectLineActivityLog>()
            .AppendPostedAsync(conversation.ConversationId, "c:lost-1", [ActivityJson.Serialize(accepted)], 2_000, CancellationToken.None);
        await before.DisposeAsync();

        var after = host.Start();
        using var client = new DirectLineClient(after, conversation.Token);
        var (activities, _) = await client.PollUntilAsync(conversation.ConversationId, watermark, 2, Patience.Hang);
        var recovery = after.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<UnansweredMessageRecovery>().Single();

        Assert.Contains(activities, a => (string)a["from"]!["role"]! == "bot" && (string?)a["type"] == "message" && (string?)a["replyToId"] == accepted.Id);
        Assert.Equal(1, recovery.Recovered);

        // A second restart finds it answered and leaves it.
        var third = host.Start();
        using var again = new DirectLineClient(third, conversation.Token);
        var thirdRecovery = third.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<UnansweredMessageRecovery>().Single();
        await thirdRecovery.ExecuteTask!.WaitAsync(Patience.Hang);
        var (_, total) = await again.GetActivitiesAsync(conversation.ConversationId, watermark);
        Assert.Equal(0, thirdRecovery.Recovered);
        Assert.Equal(activities.Count, total!["activities"]!.Count());
    }

    [Fact]
    public async Task The_log_keeps_only_what_the_bot_reads_of_a_post()
    {
        await using var host = new DirectLineHost();
        var factory = host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        var bulky = new
        {
            type = "message",
            text = "こんにちは",
            from = new { id = conversation.UserId, name = "山田太郎", role = "user" },
            locale = "ja-JP",
            attachments = new[] { new { contentType = "image/png", contentUrl = "data:image/png;base64," + new string('A', 20_000) } },
            entities = new[] { new { type = "ClientCapabilities", requiresBotState = true } },
            channelData = new { clientActivityID = "keep-me", clientTimestamp = "2026-12-06T00:00:00Z", padding = new string('x', 5_000) },
        };

        var (status, _) = await conversation.Client.PostActivityAsync(conversation.ConversationId, bulky);
        var logged = await factory.Services.GetRequiredService<IDirectLineActivityLog>().ReadAfterAsync(conversation.ConversationId, 0, 100, int.MaxValue, CancellationToken.None);
        var echo = JObject.Parse(Assert.Single(logged, l => l.ActivityJson.Contains("keep-me", StringComparison.Ordinal)).ActivityJson);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("keep-me", (string?)echo["channelData"]?["clientActivityID"]);
        Assert.Null(echo["channelData"]?["padding"]);
        Assert.Null(echo["attachments"]);
        Assert.Null(echo["entities"]);
        Assert.True(echo.ToString(Newtonsoft.Json.Formatting.None).Length < 1_000, echo.ToString());
    }

    [Fact]
    public async Task A_conversation_whose_log_is_full_takes_no_more_posts_and_says_why()
    {
        await using var host = new DirectLineHost { ExtraSettings = new Dictionary<string, string?> { ["DirectLine:MaxActivitiesPerConversation"] = "10" } };
        var conversation = await PageConversation.StartAsync(host.Start());

        var statuses = new List<HttpStatusCode>();
        JObject? refusal = null;
        for (var i = 0; i < 12 && statuses.LastOrDefault() != HttpStatusCode.TooManyRequests; i++)
        {
            var (status, body) = await conversation.Client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage("こんにちは", conversation.UserId, "q-" + i));
            statuses.Add(status);
            refusal = body;
        }

        var logged = await host.Start().Services.GetRequiredService<IDirectLineActivityLog>().ReadAfterAsync(conversation.ConversationId, 0, 1000, int.MaxValue, CancellationToken.None);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Contains("size limit", refusal!.ToString(), StringComparison.Ordinal);
        Assert.True(logged.Count <= 10 + 8, $"{logged.Count} activities kept");
    }
}
