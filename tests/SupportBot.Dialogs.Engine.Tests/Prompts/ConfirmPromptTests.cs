using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Testing;

namespace SupportBot.Dialogs.Engine.Tests.Prompts;

public class ConfirmPromptTests
{
    private static ComponentDialog ConfirmDialog(ConfirmPrompt? prompt = null)
    {
        var component = new ComponentDialog("confirm-dialog");
        component.AddDialog(new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync("confirm", new PromptOptions
            {
                Prompt = MessageFactory.Text("キャンセルしますか？"),
                RetryPrompt = MessageFactory.Text("はいかいいえで答えてください"),
            }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"answer {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        component.AddDialog(prompt ?? new ConfirmPrompt("confirm"));
        return component;
    }

    public static TheoryData<string, string, bool> Replies => new()
    {
        { "ja-JP", "はい", true },
        { "ja-JP", "うん、お願いします", true },
        { "ja-JP", "いいえ", false },
        { "ja-JP", "違います", false },
        { "ja-JP", "はいではないです", false },
        { "ja-JP", "ＯＫです", true },
        { "ja-JP", "1", true },
        { "ja-JP", "２", false },
        { "ja-JP", "yes", true },
        { "en-US", "Yes", true },
        { "en-US", "nope", false },
        { "en-US", "2", false },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public async Task Recognizes_the_reply_in_the_locale(string locale, string utterance, bool expected)
    {
        var client = new DialogTestClient("test", ConfirmDialog(), locale: locale);
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IMessageActivity>(utterance);

        Assert.Equal($"answer {expected}", reply!.Text);
        Assert.Equal(expected, client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Asks_again_with_the_retry_prompt_when_the_reply_is_neither()
    {
        var client = new DialogTestClient("test", ConfirmDialog());
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IMessageActivity>("どうしようかな");

        Assert.StartsWith("はいかいいえで答えてください", reply!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ja-JP", "はい", "いいえ")]
    [InlineData("en-US", "Yes", "No")]
    public async Task Shows_the_locale_default_buttons_as_suggested_actions_on_webchat(string locale, string yes, string no)
    {
        var client = new DialogTestClient("webchat", ConfirmDialog(), locale: locale);

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("キャンセルしますか？", prompt!.Text);
        Assert.Equal([yes, no], prompt.SuggestedActions.Actions.Select(a => (string)a.Value));
    }

    [Fact]
    public async Task Shows_the_default_buttons_inline_on_a_channel_without_suggested_actions()
    {
        var client = new DialogTestClient("test", ConfirmDialog());

        var prompt = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("キャンセルしますか？ (1) はい または (2) いいえ", prompt!.Text);
    }

    [Fact]
    public async Task ConfirmChoices_override_the_default_buttons_and_are_recognized()
    {
        var prompt = new ConfirmPrompt("confirm") { ConfirmChoices = (new Choice("キャンセルする"), new Choice("やめておく")) };
        var client = new DialogTestClient("webchat", ConfirmDialog(prompt));

        var shown = await client.SendActivityAsync<IMessageActivity>("hi");
        var reply = await client.SendActivityAsync<IMessageActivity>("やめておく");

        Assert.Equal(["キャンセルする", "やめておく"], shown!.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal("answer False", reply!.Text);
    }
}
