using System.Net;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Turns.Connectors;
using SupportBot.Knowledge;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.BotFrameworkEndpoint;

public sealed class MessagesEndpointTests : IClassFixture<SupportBotFactory>
{
    private readonly SupportBotFactory _factory;

    public MessagesEndpointTests(SupportBotFactory factory) => _factory = factory;

    private KnowledgeSnapshot Knowledge => _factory.Services.GetRequiredService<IKnowledgeBase>().Current;

    [Theory]
    [InlineData("ja-JP", "ja")]
    [InlineData("en-US", "en")]
    [InlineData(null, "ja")]
    public async Task ConversationUpdate_with_expectReplies_returns_the_welcome_in_the_locale_language(string? locale, string language)
    {
        using var client = _factory.CreateClient();
        var update = TestActivities.ConversationUpdate(NewConversationId(), locale!);

        using var response = await client.PostActivityAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.ReadRepliesAsync();
        var welcome = Assert.Single(replies, r => r.Type == ActivityTypes.Message);
        Assert.Contains(Knowledge.Text(MessageKeys.WelcomeGreeting, language), welcome.Text, StringComparison.Ordinal);
        Assert.NotEmpty(welcome.SuggestedActions.Actions);
    }

    [Fact]
    public async Task Message_with_expectReplies_gets_its_reply_in_the_200_body()
    {
        using var client = _factory.CreateClient();
        var conversation = NewConversationId();
        using var _ = await client.PostActivityAsync(TestActivities.ConversationUpdate(conversation));

        using var response = await client.PostActivityAsync(TestActivities.Message(conversation, "こんにちは"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.ReadRepliesAsync();
        Assert.Contains(replies, r => r.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(r.Text));
    }

    [Fact]
    public async Task Without_expectReplies_the_replies_are_posted_to_the_serviceUrl_the_Emulator_way()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        using var client = _factory.CreateClient();
        var conversation = NewConversationId();
        var update = TestActivities.ConversationUpdate(conversation, serviceUrl: channel.ServiceUrl, expectReplies: false);
        var message = TestActivities.Message(conversation, "こんにちは", serviceUrl: channel.ServiceUrl, expectReplies: false);

        using var first = await client.PostActivityAsync(update);
        using var second = await client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var replies = await channel.WaitForRepliesAsync(2, Patience.Hang);
        Assert.Contains(replies, r => r.ReplyToId == update.Id && r.Path == $"/v3/conversations/{conversation}/activities/{update.Id}");
        Assert.Contains(replies, r => r.ReplyToId == message.Id && r.Path == $"/v3/conversations/{conversation}/activities/{message.Id}");
        Assert.All(replies, r => Assert.Equal(conversation, r.Activity.Conversation.Id));
    }

    [Fact]
    public async Task Turns_to_the_same_serviceUrl_share_one_connector_client_and_still_reach_the_channel()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        using var client = _factory.CreateClient();
        var cache = _factory.Services.GetRequiredService<ConnectorClientCache>();
        var before = cache.Count;

        for (var i = 0; i < 3; i++)
        {
            var conversation = NewConversationId();
            var message = TestActivities.Message(conversation, "こんにちは", serviceUrl: channel.ServiceUrl, expectReplies: false);
            using var response = await client.PostActivityAsync(message);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var replies = await channel.WaitForRepliesAsync(3, Patience.Hang);
        Assert.Equal(3, replies.Select(r => r.Activity.Conversation.Id).Distinct().Count());
        Assert.Equal(before + 1, cache.Count);
    }

    private static string NewConversationId() => "conv-" + Guid.NewGuid().ToString("N");
}
