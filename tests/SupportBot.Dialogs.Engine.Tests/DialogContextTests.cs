using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Dialogs.Engine.Tests.TestDoubles;

namespace SupportBot.Dialogs.Engine.Tests;

public class DialogContextTests
{
    [Fact]
    public async Task BeginDialogAsync_throws_naming_the_id_when_the_dialog_is_unknown()
    {
        var harness = new DialogHarness(new RecordingDialog("known"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            harness.SendAsync("hi", dc => dc.BeginDialogAsync("ghost")));

        Assert.Contains("'ghost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginDialogAsync_puts_the_new_dialog_on_top_at_index_0()
    {
        var main = new WaterfallDialog("main", [Steps.Ask("text", "お名前は？"), Steps.EchoResult()]);
        var harness = new DialogHarness(main, new TextPrompt("text"));

        await harness.SendAsync("hi");

        Assert.Equal(["text", "main"], harness.LastStack.Select(i => i.Id));
        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult!.Status);
    }

    [Fact]
    public async Task ContinueDialogAsync_returns_Empty_when_nothing_is_active()
    {
        var harness = new DialogHarness(new RecordingDialog("idle"));

        await harness.SendAsync("hi", dc => dc.ContinueDialogAsync());

        Assert.Equal(DialogTurnStatus.Empty, harness.LastResult!.Status);
    }

    [Fact]
    public async Task EndDialogAsync_resumes_the_parent_with_the_child_result()
    {
        var child = new WaterfallDialog("child", [Steps.EndWith(42)]);
        var parent = new WaterfallDialog("parent", [(step, ct) => step.BeginDialogAsync("child", null, ct), Steps.EchoResult()]);
        var harness = new DialogHarness(parent, child);

        var replies = await harness.SendAsync("hi");

        Assert.Equal("got 42", Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal(42, harness.LastResult.Result);
        Assert.Empty(harness.LastStack);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_ends_every_dialog_with_CancelCalled_and_returns_Cancelled()
    {
        var outer = new RecordingDialog("outer");
        var inner = new RecordingDialog("inner");
        var harness = new DialogHarness(outer, inner);
        await harness.SendAsync("start", async dc =>
        {
            await dc.BeginDialogAsync("outer");
            return await dc.BeginDialogAsync("inner");
        });

        await harness.SendAsync("cancel", dc => dc.CancelAllDialogsAsync());

        Assert.Equal(DialogTurnStatus.Cancelled, harness.LastResult!.Status);
        Assert.Empty(harness.LastStack);
        Assert.Equal([DialogReason.CancelCalled], outer.Ends);
        Assert.Equal([DialogReason.CancelCalled], inner.Ends);
    }

    [Fact]
    public async Task CancelAllDialogsAsync_returns_Empty_when_the_stack_is_empty()
    {
        var harness = new DialogHarness(new RecordingDialog("idle"));

        await harness.SendAsync("cancel", dc => dc.CancelAllDialogsAsync());

        Assert.Equal(DialogTurnStatus.Empty, harness.LastResult!.Status);
    }

    [Fact]
    public async Task ReplaceDialogAsync_swaps_the_active_dialog_without_resuming_the_parent()
    {
        var parent = new RecordingDialog("parent");
        var first = new RecordingDialog("first");
        var second = new RecordingDialog("second");
        var harness = new DialogHarness(parent, first, second);
        await harness.SendAsync("start", async dc =>
        {
            await dc.BeginDialogAsync("parent");
            return await dc.BeginDialogAsync("first");
        });

        await harness.SendAsync("next", dc => dc.ReplaceDialogAsync("second"));

        Assert.Equal(["second", "parent"], harness.LastStack.Select(i => i.Id));
        Assert.Equal([DialogReason.ReplaceCalled], first.Ends);
        Assert.Empty(parent.Ends);
    }

    [Fact]
    public async Task RepromptDialogAsync_asks_the_active_prompt_again()
    {
        var main = new WaterfallDialog("main", [Steps.Ask("text", "お名前は？"), Steps.EchoResult()]);
        var harness = new DialogHarness(main, new TextPrompt("text"));
        await harness.SendAsync("hi");

        var replies = await harness.SendAsync("?", async dc =>
        {
            await dc.RepromptDialogAsync();
            return Dialog.EndOfTurn;
        });

        Assert.Equal("お名前は？", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task FindDialog_searches_the_parent_context_when_the_own_set_lacks_the_id()
    {
        var component = new ComponentDialog("component");
        component.AddDialog(new WaterfallDialog("inner", [(step, ct) => step.BeginDialogAsync("outside", null, ct)]));
        var outside = new RecordingDialog("outside");
        var harness = new DialogHarness(component, outside);

        await harness.SendAsync("hi");

        var inner = Assert.IsType<DialogState>(harness.LastStack[0].State[ComponentDialog.PersistedDialogState]);
        Assert.Equal(["outside", "inner"], inner.DialogStack.Select(i => i.Id));
    }
}
