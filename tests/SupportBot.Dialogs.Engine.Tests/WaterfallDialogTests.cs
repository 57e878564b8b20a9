using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Dialogs.Engine.Tests.TestDoubles;

namespace SupportBot.Dialogs.Engine.Tests;

public class WaterfallDialogTests
{
    private static WaterfallDialog NameAndAge() => new("profile",
    [
        (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("名前は？") }, ct),
        (step, ct) =>
        {
            step.Values["name"] = step.Result;
            return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("年齢は？") }, ct);
        },
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync($"{step.Values["name"]} {step.Result}", cancellationToken: ct);
            return await step.EndDialogAsync(step.Values["name"], ct);
        },
    ]);

    [Fact]
    public async Task Steps_run_in_order_keep_values_across_turns_and_end_with_the_last_result()
    {
        var harness = new DialogHarness(NameAndAge(), new TextPrompt("text"));

        var first = await harness.SendAsync("hi");
        var second = await harness.SendAsync("花子");
        var third = await harness.SendAsync("30");

        Assert.Equal("名前は？", Assert.Single(first).Text);
        Assert.Equal("年齢は？", Assert.Single(second).Text);
        Assert.Equal("花子 30", Assert.Single(third).Text);
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal("花子", harness.LastResult.Result);
    }

    [Fact]
    public async Task BeginDialogAsync_stores_options_values_instanceId_and_stepIndex()
    {
        var harness = new DialogHarness(NameAndAge(), new TextPrompt("text"));

        await harness.SendAsync("begin", dc => dc.BeginDialogAsync("profile", "the options"));

        var state = harness.LastStack[1].State;
        Assert.Equal("the options", state["options"]);
        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(state["values"]));
        Assert.True(Guid.TryParse((string)state["instanceId"]!, out _));
        Assert.Equal(0, state["stepIndex"]);
    }

    [Fact]
    public async Task Waterfall_ends_with_the_last_result_when_the_last_step_moves_on()
    {
        var harness = new DialogHarness(new WaterfallDialog("w", [(step, ct) => step.NextAsync("a", ct), (step, ct) => step.NextAsync(step.Result + "b", ct)]));

        await harness.SendAsync("hi");

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal("ab", harness.LastResult.Result);
    }

    [Fact]
    public async Task NextAsync_called_twice_in_one_step_throws()
    {
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.SendAsync("hi"));
    }

    [Fact]
    public async Task NextAsync_passes_its_result_with_reason_NextCalled()
    {
        DialogReason? seen = null;
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            (step, ct) => step.NextAsync("skip", ct),
            (step, ct) =>
            {
                seen = step.Reason;
                return step.EndDialogAsync(step.Result, ct);
            },
        ]));

        await harness.SendAsync("hi");

        Assert.Equal(DialogReason.NextCalled, seen);
        Assert.Equal("skip", harness.LastResult!.Result);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.Event)]
    public async Task A_non_message_activity_changes_nothing(string activityType)
    {
        var harness = new DialogHarness(new WaterfallDialog("w", [(step, ct) => Task.FromResult(Dialog.EndOfTurn), Steps.EchoResult()]));
        await harness.SendAsync("hi");

        var replies = await harness.RunAsync(new Activity(activityType));

        Assert.Empty(replies);
        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult!.Status);
        Assert.Equal(0, StateValue.ToInt32(harness.LastStack[0].State["stepIndex"]));
    }

    [Fact]
    public async Task A_message_resumes_the_waterfall_with_the_text()
    {
        var harness = new DialogHarness(new WaterfallDialog("w", [(step, ct) => Task.FromResult(Dialog.EndOfTurn), Steps.EchoResult()]));
        await harness.SendAsync("hi");

        var replies = await harness.SendAsync("こんにちは");

        Assert.Equal("got こんにちは", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task GetOptions_returns_the_typed_options_passed_to_begin()
    {
        OrderRequest? seen = null;
        var harness = new DialogHarness(new WaterfallDialog("w",
        [
            (step, ct) =>
            {
                seen = step.GetOptions<OrderRequest>();
                return step.EndDialogAsync(null, ct);
            },
        ]));

        await harness.SendAsync("go", dc => dc.BeginDialogAsync("w", new OrderRequest { OrderNumber = "1" }));

        Assert.Equal("1", seen!.OrderNumber);
    }
}
