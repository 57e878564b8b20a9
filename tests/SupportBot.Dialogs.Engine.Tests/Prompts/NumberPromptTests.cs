using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Testing;

namespace SupportBot.Dialogs.Engine.Tests.Prompts;

public class NumberPromptTests
{
    public static TheoryData<string, string?, decimal> Numbers => new()
    {
        { "３", "ja-JP", 3m },
        { "１２個です", "ja-JP", 12m },
        { "2", "ja-JP", 2m },
        { "1,500円", "ja-JP", 1500m },
        { "－５", "ja-JP", -5m },
        { "1.5", "en-US", 1.5m },
        { "1,5", "de-DE", 1.5m },
        { "1.500", "de-DE", 1500m },
        { "７", null, 7m },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public async Task Recognizes_numbers_with_full_width_digits_and_the_activity_culture(string utterance, string? locale, decimal expected)
    {
        var client = new DialogTestClient("test", AskQuantityDialog(), locale: "ja-JP");
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IMessageActivity>(new Activity(ActivityTypes.Message) { Text = utterance, Locale = locale ?? string.Empty });

        Assert.Equal($"quantity {expected}", reply!.Text);
    }

    [Fact]
    public async Task Uses_the_prompt_default_culture_when_the_activity_has_no_locale()
    {
        var client = new DialogTestClient("test", AskQuantityDialog(defaultLocale: "de-DE"), locale: string.Empty);
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IMessageActivity>("2,5");

        Assert.Equal("quantity 2.5", reply!.Text);
    }

    [Theory]
    [InlineData("たくさん")]
    [InlineData("")]
    public async Task Asks_again_when_there_is_no_number(string utterance)
    {
        var client = new DialogTestClient("test", AskQuantityDialog());
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IMessageActivity>(utterance);

        Assert.Equal("数字で入力してください", reply!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);
    }

    private static ComponentDialog AskQuantityDialog(string? defaultLocale = null)
    {
        var component = new ComponentDialog("quantity");
        component.AddDialog(new WaterfallDialog("ask",
        [
            (step, ct) => step.PromptAsync("number", new PromptOptions
            {
                Prompt = MessageFactory.Text("いくつですか？"),
                RetryPrompt = MessageFactory.Text("数字で入力してください"),
            }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"quantity {(decimal)step.Result!}"), cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]));
        component.AddDialog(new NumberPrompt<decimal>("number", defaultLocale: defaultLocale));
        return component;
    }
}
