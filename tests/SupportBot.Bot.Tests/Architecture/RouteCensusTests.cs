using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Operations.TestSupport;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.Architecture;

/// <summary>
/// The conversations bench/route/census.sh measures with code coverage: each pair differs by one customer message,
/// so the source lines run more often in the second are the route of that message (docs/message-route.md). As tests
/// they check that the message is answered on each channel.
/// </summary>
public sealed class RouteCensusTests
{
    public const string Message = "注文をキャンセルしたい";

    [Fact]
    public async Task Api_baseline_a_conversation_is_greeted() => await ApiAsync(say: false);

    [Fact]
    public async Task Api_turn_a_message_is_answered() => await ApiAsync(say: true);

    [Fact]
    public async Task DirectLine_baseline_a_conversation_is_greeted() => await DirectLineAsync(say: false);

    [Fact]
    public async Task DirectLine_turn_a_message_is_answered() => await DirectLineAsync(say: true);

    private static async Task ApiAsync(bool say)
    {
        await using var factory = new SupportBotFactory();
        using var client = factory.CreateClient();
        var chat = new EmulatorConversation(client);
        Assert.NotEmpty(await chat.StartAsync());
        if (say)
        {
            Assert.Contains(await chat.SayAsync(Message), a => a.Type == "message");
        }
    }

    private static async Task DirectLineAsync(bool say)
    {
        await using var factory = new SupportBotFactory();
        var conversation = await PageConversation.StartAsync(factory);
        var (greeting, watermark) = await conversation.Client.PollUntilAsync(conversation.ConversationId, null, 1, Patience.Hang);
        Assert.NotEmpty(greeting);
        if (say)
        {
            await conversation.Client.PostActivityAsync(conversation.ConversationId, DirectLineClient.UserMessage(Message, conversation.UserId, "census-1"));
            // The echo, the typing indicator and the bot's question.
            var (after, _) = await conversation.Client.PollUntilAsync(conversation.ConversationId, watermark, 3, Patience.Hang);
            Assert.Contains(after, a => (string?)a["from"]?["id"] != conversation.UserId && (string?)a["type"] == "message");
        }
    }
}
