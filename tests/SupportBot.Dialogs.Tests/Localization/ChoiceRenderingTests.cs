using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Localization;

/// <summary>Choices rendered as text follow the conversation's language, not the client's locale.</summary>
public sealed class ChoiceRenderingTests
{
    [Fact]
    public async Task A_Japanese_conversation_from_an_English_client_without_buttons_lists_the_seller_choices_in_Japanese()
    {
        // A channel without suggested actions, and a client that says en-US while the customer writes Japanese.
        var chat = new SupportConversation(locale: "en-US", channelId: "sms");
        await chat.SayAsync("注文をキャンセルしたい");
        await chat.SayAsync("250-1234567-1234567");
        var seller = (await chat.SayAsync("もう発送済みです"))[^1];

        Assert.Null(seller.SuggestedActions);
        Assert.Contains("、または (3) ", seller.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" or ", seller.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_Teams_three_choices_are_buttons_and_more_are_a_numbered_list_since_Teams_shows_only_three()
    {
        var chat = new SupportConversation(channelId: "msteams");
        await chat.SayAsync("注文をキャンセルしたい");
        var stage = (await chat.SayAsync("250-1234567-1234567"))[^1];
        var seller = (await chat.SayAsync("もう発送済みです"))[^1];

        Assert.Null(stage.SuggestedActions);
        Assert.Contains("\n   1. ", stage.Text, StringComparison.Ordinal);
        Assert.Equal(3, seller.SuggestedActions?.Actions.Count);
        Assert.All(seller.SuggestedActions!.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
    }
}
