using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Testing;

namespace SupportBot.Dialogs.Engine.Tests.Prompts;

public class ChoicePromptTests
{
    private static ComponentDialog ShippingDialog(ListStyle? style = null, int extraChoices = 0)
    {
        List<Choice> choices =
        [
            new Choice("発送済み") { Synonyms = ["発送された", "発送されました"] },
            new Choice("未発送") { Synonyms = ["まだ"] },
            new Choice("わからない"),
        ];
        choices.AddRange(Enumerable.Range(1, extraChoices).Select(i => new Choice($"その他{i}")));

        var component = new ComponentDialog("shipping");
        component.AddDialog(new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync("choice", new PromptOptions
            {
                Prompt = MessageFactory.Text("商品は発送されましたか？"),
                RetryPrompt = MessageFactory.Text("選択肢から選んでください"),
                Choices = choices,
                Style = style,
            }, ct),
            async (step, ct) =>
            {
                var found = (FoundChoice)step.Result!;
                await step.Context.SendActivityAsync($"{found.Value} #{found.Index}", cancellationToken: ct);
                return await step.EndDialogAsync(found.Value, ct);
            },
        ]));
        component.AddDialog(new ChoicePrompt("choice"));
        return component;
    }

    [Theory]
    [InlineData("発送済みです", "発送済み #0")]
    [InlineData("もう発送されました", "発送済み #0")]
    [InlineData("３", "わからない #2")]
    [InlineData("２番目", "未発送 #1")]
    [InlineData("まだです", "未発送 #1")]
    public async Task Recognizes_the_choice_from_Japanese_and_full_width_replies(string utterance, string expected)
    {
        var client = new DialogTestClient("test", ShippingDialog());
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IMessageActivity>(utterance);

        Assert.Equal(expected, reply!.Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
    }

    [Fact]
    public async Task Asks_again_with_the_choices_when_nothing_matches()
    {
        var client = new DialogTestClient("webchat", ShippingDialog());
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IMessageActivity>("こんにちは");

        Assert.Equal("選択肢から選んでください", reply!.Text);
        Assert.Equal(3, reply.SuggestedActions.Actions.Count);
        Assert.Null(client.GetNextReply<IMessageActivity>());
    }

    [Theory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task Shows_suggested_actions_whose_value_is_the_choice_value(string channelId)
    {
        var client = new DialogTestClient(channelId, ShippingDialog());

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("商品は発送されましたか？", prompt!.Text);
        Assert.Equal(InputHints.ExpectingInput, prompt.InputHint);
        Assert.Equal(["発送済み", "未発送", "わからない"], prompt.SuggestedActions.Actions.Select(a => (string)a.Value));
        Assert.All(prompt.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task Shows_three_choices_inline_on_other_channels()
    {
        var client = new DialogTestClient("email", ShippingDialog());

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Null(prompt!.SuggestedActions);
        Assert.Equal("商品は発送されましたか？ (1) 発送済み、(2) 未発送、または (3) わからない", prompt.Text);
    }

    [Fact]
    public async Task Shows_more_than_three_choices_as_a_list_on_other_channels()
    {
        var client = new DialogTestClient("msteams", ShippingDialog(extraChoices: 1));

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("商品は発送されましたか？\n\n   1. 発送済み\n   2. 未発送\n   3. わからない\n   4. その他1", prompt!.Text);
    }

    [Fact]
    public async Task An_explicit_style_overrides_the_channel_choice()
    {
        var client = new DialogTestClient("webchat", ShippingDialog(ListStyle.HeroCard));

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");

        var card = Assert.IsType<HeroCard>(Assert.Single(prompt!.Attachments).Content);
        Assert.Equal(3, card.Buttons.Count);
    }
}
