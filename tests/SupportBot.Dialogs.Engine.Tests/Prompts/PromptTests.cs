using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Dialogs.Engine.Tests.TestDoubles;

namespace SupportBot.Dialogs.Engine.Tests.Prompts;

public class PromptTests
{
    private static WaterfallDialog AskOrderNumber(string? retry = "番号の形で入力してください") => new("main",
    [
        (step, ct) => step.PromptAsync("order", new PromptOptions
        {
            Prompt = MessageFactory.Text("注文番号は？"),
            RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
        }, ct),
        Steps.EchoResult(),
    ]);

    [Fact]
    public async Task BeginDialogAsync_sends_the_prompt_expecting_input_and_stores_options_and_attempt_count()
    {
        var harness = new DialogHarness(AskOrderNumber(), new TextPrompt("order"));

        var replies = await harness.SendAsync("hi");

        var prompt = Assert.Single(replies);
        Assert.Equal("注文番号は？", prompt.Text);
        Assert.Equal(InputHints.ExpectingInput, prompt.InputHint);
        var state = harness.LastStack[0].State;
        Assert.IsType<PromptOptions>(state["options"]);
        var promptState = Assert.IsType<Dictionary<string, object?>>(state["state"]);
        Assert.Equal(0, promptState["AttemptCount"]);
    }

    [Fact]
    public async Task BeginDialogAsync_throws_when_the_options_are_not_PromptOptions()
    {
        var harness = new DialogHarness(new TextPrompt("order"));

        await Assert.ThrowsAsync<ArgumentException>(() => harness.SendAsync("hi", dc => dc.BeginDialogAsync("order", "not options")));
    }

    [Fact]
    public async Task Validator_sees_attempt_count_1_on_the_first_reply_and_decides_alone()
    {
        var attempts = new List<int>();
        var validator = new PromptValidator<string>((context, _) =>
        {
            attempts.Add(context.AttemptCount);
            return Task.FromResult(context.Recognized.Value!.StartsWith("D01", StringComparison.Ordinal));
        });
        var harness = new DialogHarness(AskOrderNumber(), new TextPrompt("order", validator));
        await harness.SendAsync("hi");

        var retry = await harness.SendAsync("わかりません");
        var done = await harness.SendAsync("D01-1234567-1234567");

        Assert.Equal([1, 2], attempts);
        Assert.Equal("番号の形で入力してください", Assert.Single(retry).Text);
        Assert.Equal("got D01-1234567-1234567", Assert.Single(done).Text);
    }

    [Fact]
    public async Task Retry_sends_the_prompt_again_when_there_is_no_retry_prompt()
    {
        var harness = new DialogHarness(AskOrderNumber(retry: null), new TextPrompt("order", (_, _) => Task.FromResult(false)));
        await harness.SendAsync("hi");

        var replies = await harness.SendAsync("x");

        Assert.Equal("注文番号は？", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Retry_prompt_is_not_sent_when_the_validator_already_replied_this_turn()
    {
        var validator = new PromptValidator<string>(async (context, ct) =>
        {
            await context.Context.SendActivityAsync("その番号は見つかりません", cancellationToken: ct);
            return false;
        });
        var harness = new DialogHarness(AskOrderNumber(), new TextPrompt("order", validator));
        await harness.SendAsync("hi");

        var replies = await harness.SendAsync("123");

        Assert.Equal("その番号は見つかりません", Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult!.Status);
    }

    [Fact]
    public async Task A_non_message_activity_does_not_count_as_an_attempt()
    {
        var harness = new DialogHarness(AskOrderNumber(), new TextPrompt("order"));
        await harness.SendAsync("hi");

        var replies = await harness.RunAsync(new Activity(ActivityTypes.Typing));

        Assert.Empty(replies);
        var promptState = (IDictionary<string, object?>)harness.LastStack[0].State["state"]!;
        Assert.Equal(0, StateValue.ToInt32(promptState["AttemptCount"]));
    }

    [Fact]
    public async Task Sending_the_prompt_leaves_the_stored_prompt_activity_unchanged()
    {
        var options = new PromptOptions { Prompt = MessageFactory.Text("注文番号は？") };
        var harness = new DialogHarness(new TextPrompt("order"));

        await harness.SendAsync("hi", dc => dc.PromptAsync("order", options));

        Assert.Null(options.Prompt.Conversation);
        Assert.Null(options.Prompt.Id);
    }
}
