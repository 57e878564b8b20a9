using System.Net;
using System.Net.WebSockets;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>Polling and the WebSocket stream deliver every logged activity once, in order, and resume from a watermark.</summary>
public sealed class ActivityDeliveryTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = SupportBot.Testing.Time.Patience.Hang;
    private static readonly string[] Messages = ["こんにちは", "注文をキャンセルしたい", "ｈｅｌｐ"];

    private readonly DirectLineHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Starting_greets_once_and_returns_a_token_and_stream_for_the_tokens_conversation()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);

        Assert.Equal(conversation.ConversationId, (string)conversation.Started["conversationId"]!);
        Assert.StartsWith("ws://", (string)conversation.Started["streamUrl"]!, StringComparison.Ordinal);
        var (status, again) = await conversation.Client.StartAsync();
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(conversation.ConversationId, (string)again!["conversationId"]!);

        var (activities, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);
        var greeting = Assert.Single(activities);
        Assert.Equal("message", (string)greeting["type"]!);
        Assert.Equal("bot", (string)greeting["from"]!["role"]!);
        Assert.Equal(conversation.UserId, (string)greeting["recipient"]!["id"]!);
    }

    [Fact]
    public async Task Polling_delivers_each_activity_once_and_echoes_the_users_own_with_its_clientActivityID()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        var sent = await SendAllAsync(conversation);

        var (activities, watermark) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);

        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        Assert.Equal(activities.Count, activities.Select(a => (string)a["id"]!).Distinct().Count());
        foreach (var (clientActivityId, serverId) in sent)
        {
            var echo = Assert.Single(activities, a => (string?)a["channelData"]?["clientActivityID"] == clientActivityId);
            Assert.Equal(serverId, (string)echo["id"]!);
            Assert.Equal(conversation.UserId, (string)echo["from"]!["id"]!);
            Assert.NotNull(echo["timestamp"]);
            var after = activities.Skip(activities.IndexOf(echo) + 1).ToList();
            Assert.Contains(after, a => (string)a["type"]! == "typing" && (string?)a["replyToId"] == serverId);
            Assert.Contains(after, a => (string)a["type"]! == "message" && (string?)a["replyToId"] == serverId && (string)a["from"]!["role"]! == "bot");
        }
    }

    [Fact]
    public async Task Polling_from_any_watermark_returns_exactly_what_came_after_it()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        await SendAllAsync(conversation);
        var (all, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);
        var ids = all.Select(a => (string)a["id"]!).ToList();

        foreach (var watermark in new[] { 0, 1, ids.Count / 2, ids.Count - 1, ids.Count })
        {
            var (status, body) = await conversation.Client.GetActivitiesAsync(conversation.ConversationId, watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(ids.Skip(watermark), body!["activities"]!.Select(a => (string)a["id"]!));
            Assert.Equal(ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)body["watermark"]!);
        }
    }

    [Fact]
    public async Task The_stream_delivers_what_polling_sees_once_in_order_and_resumes_from_a_watermark_after_a_reconnect()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        using var socket = await conversation.Client.ConnectStreamAsync((string)conversation.Started["streamUrl"]!);

        await SendAllAsync(conversation);
        var (polled, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);
        var ids = polled.Select(a => (string)a["id"]!).ToList();
        var (streamed, watermarks) = await DirectLineClient.ReadStreamAsync(socket, ids.Count, Patience);
        var (extra, _) = await DirectLineClient.ReadStreamAsync(socket, 1, TimeSpan.FromMilliseconds(600));

        Assert.Equal(ids, streamed.Select(a => (string)a["id"]!));
        Assert.Empty(extra);
        Assert.Equal(ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermarks[^1]);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);

        // A dropped socket: Web Chat reconnects with the last watermark it saw and gets only the rest.
        var resumeAt = ids.Count / 2;
        var (status, reconnect) = await conversation.Client.ReconnectAsync(conversation.ConversationId, resumeAt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, status);
        using var resumed = await conversation.Client.ConnectStreamAsync((string)reconnect!["streamUrl"]!);
        var (rest, _) = await DirectLineClient.ReadStreamAsync(resumed, ids.Count - resumeAt, Patience);
        var (more, _) = await DirectLineClient.ReadStreamAsync(resumed, 1, TimeSpan.FromMilliseconds(600));

        Assert.Equal(ids.Skip(resumeAt), rest.Select(a => (string)a["id"]!));
        Assert.Empty(more);
    }

    [Fact]
    public async Task A_page_reload_reconnects_to_the_same_conversation_and_replays_its_history()
    {
        var factory = _host.Start();
        var conversation = await PageConversation.StartAsync(factory);
        await SendAllAsync(conversation);
        var (history, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, TimeSpan.Zero);

        // The reloaded page has only what it kept: the conversation id and the token.
        using var reloaded = new DirectLineClient(factory, conversation.Token);
        var (status, reconnect) = await reloaded.ReconnectAsync(conversation.ConversationId, watermark: null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(conversation.ConversationId, (string)reconnect!["conversationId"]!);
        using var socket = await reloaded.ConnectStreamAsync((string)reconnect["streamUrl"]!);
        var (replayed, _) = await DirectLineClient.ReadStreamAsync(socket, history.Count, Patience);

        Assert.Equal(history.Select(a => (string)a["id"]!), replayed.Select(a => (string)a["id"]!));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_stream_on_a_second_instance_sharing_the_database_receives_each_activity_the_first_appends_once(string provider)
    {
        var postgres = provider == "Postgres" ? await TestPostgres.CreateDatabaseAsync() : null;
        try
        {
            await using var host = new DirectLineHost
            {
                ExtraSettings = postgres is null
                    ? new Dictionary<string, string?>()
                    : new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Storage:PostgresConnectionString"] = postgres },
            };
            var first = host.Start();
            var second = host.Start();
            var conversation = await PageConversation.StartAsync(first);
            using var onSecond = new DirectLineClient(second, conversation.Token);
            var (_, reconnect) = await onSecond.ReconnectAsync(conversation.ConversationId, "1");
            using var socket = await onSecond.ConnectStreamAsync((string)reconnect!["streamUrl"]!);

            await SendAllAsync(conversation);
            var (polled, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, "1", 1, TimeSpan.Zero);
            var (streamed, _) = await DirectLineClient.ReadStreamAsync(socket, polled.Count, Patience);
            var (extra, _) = await DirectLineClient.ReadStreamAsync(socket, 1, TimeSpan.FromMilliseconds(600));

            Assert.Equal(polled.Select(a => (string)a["id"]!), streamed.Select(a => (string)a["id"]!));
            Assert.Empty(extra);
        }
        finally
        {
            if (postgres is not null)
            {
                await TestPostgres.DropDatabaseAsync(postgres);
            }
        }
    }

    private static async Task<List<(string ClientActivityId, string ServerId)>> SendAllAsync(PageConversation conversation)
    {
        var sent = new List<(string, string)>();
        foreach (var text in Messages)
        {
            var clientActivityId = "client-" + Guid.NewGuid().ToString("N");
            var (status, body) = await conversation.Client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage(text, conversation.UserId, clientActivityId));
            Assert.Equal(HttpStatusCode.OK, status);
            sent.Add((clientActivityId, (string)body!["id"]!));
        }

        return sent;
    }
}
