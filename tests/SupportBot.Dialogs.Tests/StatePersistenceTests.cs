using SupportBot.Knowledge;
using System.Text;
using SupportBot.Dialogs.Tests.TestSupport;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

namespace SupportBot.Dialogs.Tests;

public sealed class StatePersistenceTests
{
    public static TheoryData<string[]> MidDialogScripts => new()
    {
        new[] { Tap(Label.Menu(MenuTopics.CancelOrder)) },
        new[] { Tap(Label.Menu(MenuTopics.CancelOrder)), OrderNumber },
        new[] { Tap(Label.Menu(MenuTopics.CancelOrder)), OrderNumber, Tap(Label.Stage("preparing")), Tap(Label.Seller("marketplace")) },
        new[] { Tap(Label.Menu(MenuTopics.CancelOrder)), OrderNumber, Tap(Label.Stage("preparing")), Tap(Label.Seller("marketplace")), Tap(Label.Payment("e_money")) },
        new[] { Tap(Label.Menu(MenuTopics.Refund)), Tap(Label.Payment("credit_card")) },
        new[] { Tap(Label.Menu(MenuTopics.FailedOrRefused)), Tap(MessageKeys.FailedKindFailed) },
    };

    [Theory]
    [MemberData(nameof(MidDialogScripts))]
    public async Task Conversation_state_mid_dialog_stays_under_four_kilobytes(string[] script)
    {
        var conversation = new SupportConversation();
        foreach (var text in script)
        {
            await conversation.SayAsync(text);
        }

        var size = conversation.Storage.Json.Values.Sum(json => Encoding.UTF8.GetByteCount(json));
        Assert.InRange(size, 1, 4096);
    }

    [Fact]
    public async Task State_holds_the_typed_inquiry_as_plain_json_with_knowledge_ids()
    {
        var conversation = new SupportConversation();
        await conversation.SayAsync(Tap(Label.Menu(MenuTopics.CancelOrder)));
        await conversation.SayAsync(OrderNumber);
        await conversation.SayAsync(Tap(Label.Stage("shipped")));

        var json = Assert.Single(conversation.Storage.Json.Values);
        Assert.Contains("\"orderNumber\":\"250-1234567-1234567\"", json, StringComparison.Ordinal);
        Assert.Contains("\"stage\":\"shipped\"", json, StringComparison.Ordinal);
        Assert.Contains("\"topic\":\"CancelOrder\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_continues_where_it_stopped_after_a_restart()
    {
        var before = new SupportConversation();
        await before.SayAsync(Tap(Label.Menu(MenuTopics.CancelOrder)));
        await before.SayAsync(OrderNumber);
        await before.SayAsync(Tap(Label.Stage("not_shipped")));

        // A new bot (new dialogs, new conversation state) over the same stored JSON.
        var after = new SupportConversation(storage: before.Storage);
        var replies = await after.SayAsync(Tap(Label.Seller("store")));

        Assert.Contains(replies, r => r.Text.Contains(Snapshot.Text(MessageKeys.CancelAskPayment, "ja"), StringComparison.Ordinal));
        replies = await after.SayAsync(Tap(Label.Payment("credit_card")));
        Assert.Contains(replies, r => r.Text.Contains(Snapshot.Decide(Knowledge.OrderStage.NotShipped, Knowledge.SellerType.Store).Rule.Headline.Ja, StringComparison.Ordinal));
    }
}
