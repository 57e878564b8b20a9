using SupportBot.Knowledge;
using System.Net;
using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Bot.Turns;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>
/// What the channel does besides moving activities: Botium's way of calling, proactive messages, restarts,
/// and recognizer traces that the Emulator shows and Web Chat never gets.
/// </summary>
public sealed class ChannelBehaviourTests : IAsyncDisposable
{
    private readonly DirectLineHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Botium_minimal_activities_with_the_secret_as_bearer_get_the_bots_replies()
    {
        var factory = _host.Start();
        using var botium = new DirectLineClient(factory, DirectLineHost.Secret);

        var (started, conversation) = await botium.StartAsync(new { user = new { id = "botium-user" } });
        var conversationId = (string)conversation!["conversationId"]!;
        var (posted, _) = await botium.PostActivityAsync(conversationId, new { type = "message", text = "こんにちは", from = new { id = "botium-user" } });
        var (activities, _) = await botium.PollUntilAsync(conversationId, null, 1, TimeSpan.Zero);
        var (sessionStatus, _) = await botium.SendAsync(HttpMethod.Get, "/v3/directline/session/getsessionid");

        Assert.Equal(HttpStatusCode.Created, started);
        Assert.Equal(HttpStatusCode.OK, posted);
        var echo = Assert.Single(activities, a => (string?)a["text"] == "こんにちは");
        Assert.Equal("botium-user", (string)echo["from"]!["id"]!);
        Assert.Contains(activities, a => (string)a["from"]!["role"]! == "bot" && (string?)a["replyToId"] == (string)echo["id"]!);
        Assert.Equal(HttpStatusCode.NotFound, sessionStatus);
    }

    [Fact]
    public async Task A_proactive_message_sent_later_through_the_adapter_reaches_polling_and_the_stream()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        var (history, watermark) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);
        var (_, reconnect) = await conversation.Client.ReconnectAsync(conversation.ConversationId, watermark);
        using var socket = await conversation.Client.ConnectStreamAsync((string)reconnect!["streamUrl"]!);
        var welcome = history[0];
        var reference = new ConversationReference
        {
            ChannelId = (string)welcome["channelId"]!,
            ServiceUrl = (string)welcome["serviceUrl"]!,
            Conversation = new ConversationAccount(id: conversation.ConversationId),
            Bot = new ChannelAccount((string)welcome["from"]!["id"]!),
            User = new ChannelAccount(conversation.UserId),
        };

        // What an agent's reply will do: continue the conversation from its stored reference.
        var turns = factory.Services.GetRequiredService<ProactiveTurns>();
        await turns.ContinueAsync(
            reference,
            (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("担当者からの返信です"), ct),
            CancellationToken.None);

        var (polled, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, watermark, 1, Patience.Hang);
        var (streamed, _) = await DirectLineClient.ReadStreamAsync(socket, 1, Patience.Hang);
        Assert.Equal("担当者からの返信です", (string)Assert.Single(polled)["text"]!);
        Assert.Equal((string)polled[0]["id"]!, (string)Assert.Single(streamed)["id"]!);
    }

    [Fact]
    public async Task After_a_restart_the_same_token_reads_the_same_history_and_numbering_continues_without_a_new_greeting()
    {
        var before = _host.Start();
        var conversation = await PageConversation.StartAsync(before);
        await conversation.Client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage("こんにちは", conversation.UserId, "c-1"));
        var (history, watermark) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);
        await before.DisposeAsync();

        var after = _host.Start();
        using var client = new DirectLineClient(after, conversation.Token);
        var (_, replayed) = await client.GetActivitiesAsync(conversation.ConversationId, null);
        var (restarted, _) = await client.StartAsync();
        await client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage("注文をキャンセルしたい", conversation.UserId, "c-2"));
        var (next, _) = await client.PollUntilAsync(conversation.ConversationId, watermark, 1, TimeSpan.Zero);

        Assert.Equal(history.Select(a => (string)a["id"]!), replayed!["activities"]!.Select(a => (string)a["id"]!));
        Assert.Equal(HttpStatusCode.Created, restarted);
        Assert.Equal("c-2", (string?)next[0]["channelData"]?["clientActivityID"]);
        var sequence = long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture);
        var logged = await after.Services.GetRequiredService<IDirectLineActivityLog>().ReadAfterAsync(conversation.ConversationId, 0, 1000, int.MaxValue, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, logged.Count).Select(i => (long)i), logged.Select(l => l.Sequence));
        Assert.True(logged.Count > sequence);
    }

    [Fact]
    public async Task Recognizer_traces_reach_the_Emulator_at_its_serviceUrl_but_never_the_Web_Chat_stream()
    {
        await using var host = new DirectLineHost { TestServices = services => services.Replace(ServiceDescriptor.Transient<IBot, TraceThenReplyBot>()) };
        var factory = host.Start();
        await using var emulator = await FakeChannelServer.StartAsync();
        using var http = factory.CreateClient();
        var emulatorConversation = "emulator-" + Guid.NewGuid().ToString("N");

        using var posted = await http.PostActivityAsync(TestActivities.Message(emulatorConversation, "こんにちは", serviceUrl: emulator.ServiceUrl, expectReplies: false));
        var received = await emulator.WaitForRepliesAsync(2, Patience.Hang);
        var conversation = await PageConversation.StartAsync(factory);
        await conversation.Client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage("こんにちは", conversation.UserId, "c-1"));
        var (webChat, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var trace = Assert.Single(received, r => r.Activity.Type == ActivityTypes.Trace).Activity;
        Assert.Equal(TraceThenReplyBot.TraceName, trace.Name);
        Assert.Equal("https://www.luis.ai/schemas/trace", trace.ValueType);
        Assert.Contains(received, r => r.Activity.Type == ActivityTypes.Message && r.Activity.Text == "reply:こんにちは");
        Assert.Contains(webChat, a => (string?)a["text"] == "reply:こんにちは");
        Assert.DoesNotContain(webChat, a => (string)a["type"]! == ActivityTypes.Trace);
    }

    [Fact]
    public async Task The_real_recognizers_trace_reaches_the_Emulator_for_its_inspector_and_stays_out_of_Web_Chat()
    {
        var factory = _host.Start();
        await using var emulator = await FakeChannelServer.StartAsync();
        using var http = factory.CreateClient();
        var message = TestActivities.Message("emulator-" + Guid.NewGuid().ToString("N"), "注文をキャンセルしたい", serviceUrl: emulator.ServiceUrl, expectReplies: false);

        using var posted = await http.PostActivityAsync(message);
        var received = await emulator.WaitForRepliesAsync(2, Patience.Hang);
        var conversation = await PageConversation.StartAsync(factory);
        await conversation.Client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage("注文をキャンセルしたい", conversation.UserId, "c-1"));
        var (webChat, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var trace = Assert.Single(received, r => r.Activity.Type == ActivityTypes.Trace && r.Activity.Name == Understanding.OfflineRecognizer.TraceName).Activity;
        Assert.Equal(Understanding.OfflineRecognizer.TraceValueType, trace.ValueType);
        Assert.NotNull(trace.Value);
        Assert.Contains(webChat, a => (string)a["type"]! == ActivityTypes.Message && (string)a["from"]!["role"]! == "bot" && (string?)a["replyToId"] is not null);
        Assert.DoesNotContain(webChat, a => (string)a["type"]! == ActivityTypes.Trace);
    }

    [Theory]
    [InlineData("{\"type\":\"conversationUpdate\",\"from\":{\"id\":\"u\"}}", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"invoke\",\"from\":{\"id\":\"u\"}}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\",\"from\":{\"id\":\"u\"}}", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", HttpStatusCode.BadRequest)]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"event\",\"name\":\"webchat/join\",\"from\":{\"id\":\"u\"}}", HttpStatusCode.OK)]
    public async Task Posted_activities_are_checked_at_the_door(string body, HttpStatusCode expected)
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{conversation.ConversationId}/activities", UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", conversation.Token);

        using var response = await http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_long_complaint_is_answered_and_one_longer_than_the_bot_reads_is_asked_to_be_shortened()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        var complaint = string.Concat(Enumerable.Repeat("先週届くはずだった荷物がまだ来ず、何度も問い合わせたのに返事がありません。", 60)) + "もうキャンセルしたいです。注文番号は250-1234567-1234567です。";
        Assert.InRange(complaint.Length, 2_001, 5_000);

        var (accepted, _) = await conversation.Client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage(complaint, conversation.UserId, "c-complaint"));
        var (tooLong, _) = await conversation.Client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage(new string('あ', 5_001), conversation.UserId, "c-long"));
        var (activities, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 4, Patience.Hang);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (accepted, tooLong));
        var replies = activities.Where(a => (string?)a["from"]?["role"] == "bot" && (string?)a["type"] == "message").Select(a => (string?)a["text"] ?? string.Empty).ToList();
        // The complaint itself was read and answered (a frustrated, repeated complaint may well be handed to a person),
        // and only the over-long message got the request to shorten it.
        var tooLongReply = factory.Services.GetRequiredService<SupportBot.Knowledge.IKnowledgeBase>().Current.Text(MessageKeys.MessageTooLong, "ja", ("limit", "5,000"));
        Assert.Equal(1, replies.Count(r => r == tooLongReply));
        Assert.True(replies.Count(r => r != tooLongReply) >= 2, "the complaint got an answer besides the greeting: " + string.Join(" | ", replies));
        Assert.Contains(replies, r => r.Contains("5,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_activity_feed_itself_refuses_trace_activities()
    {
        var factory = _host.Start();
        var feed = factory.Services.GetRequiredService<DirectLineActivityFeed>();
        var conversationId = "feed-" + Guid.NewGuid().ToString("N");

        var trace = await feed.AppendAsync(conversationId, new Activity(ActivityTypes.Trace) { Name = TraceThenReplyBot.TraceName }, CancellationToken.None);
        var message = await feed.AppendAsync(conversationId, new Activity(ActivityTypes.Message) { Text = "hi" }, CancellationToken.None);

        Assert.Null(trace);
        Assert.Equal(1, message);
    }

    [Fact]
    public async Task Emulator_conversationUpdate_gets_the_welcome_at_its_serviceUrl_on_the_emulator_channel()
    {
        var factory = _host.Start();
        await using var emulator = await FakeChannelServer.StartAsync();
        using var http = factory.CreateClient();
        var update = TestActivities.ConversationUpdate("emulator-" + Guid.NewGuid().ToString("N"), serviceUrl: emulator.ServiceUrl, expectReplies: false);

        using var posted = await http.PostActivityAsync(update);
        var received = await emulator.WaitForRepliesAsync(1, Patience.Hang);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var welcome = Assert.Single(received, r => r.Activity.Type == ActivityTypes.Message);
        Assert.Equal("emulator", welcome.Activity.ChannelId);
        Assert.Equal($"/v3/conversations/{update.Conversation.Id}/activities/{update.Id}", welcome.Path);
        Assert.NotEmpty(welcome.Activity.SuggestedActions.Actions);
    }
}
