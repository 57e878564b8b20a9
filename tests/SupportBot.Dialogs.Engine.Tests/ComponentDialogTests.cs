using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Dialogs.Engine.Tests.TestDoubles;

namespace SupportBot.Dialogs.Engine.Tests;

public class ComponentDialogTests
{
    [Fact]
    public void AddDialog_makes_the_first_dialog_the_initial_one()
    {
        var component = new ComponentDialog("component");

        component.AddDialog(new TextPrompt("first")).AddDialog(new TextPrompt("second"));

        Assert.Equal("first", component.InitialDialogId);
    }

    [Fact]
    public async Task Inner_stack_is_stored_under_dialogs_in_the_outer_instance_state()
    {
        var harness = new DialogHarness(new InterruptibleDialog());

        await harness.SendAsync("hi");

        var outer = Assert.Single(harness.LastStack);
        Assert.Equal(nameof(InterruptibleDialog), outer.Id);
        var inner = Assert.IsType<DialogState>(outer.State["dialogs"]);
        Assert.Equal(["text", "questions"], inner.DialogStack.Select(i => i.Id));
    }

    [Fact]
    public async Task Component_ends_with_the_inner_result_when_the_inner_stack_completes()
    {
        var harness = new DialogHarness(new InterruptibleDialog());
        await harness.SendAsync("hi");
        await harness.SendAsync("123-4567890-1234567");

        var replies = await harness.SendAsync("間違えて注文しました");

        Assert.Equal("got 間違えて注文しました", Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal("間違えて注文しました", harness.LastResult.Result);
        Assert.Empty(harness.LastStack);
    }

    [Fact]
    public async Task OnContinueDialogAsync_override_answers_an_interruption_and_asks_the_question_again()
    {
        var harness = new DialogHarness(new InterruptibleDialog());
        await harness.SendAsync("hi");

        var replies = await harness.SendAsync("help");

        Assert.Equal(["help text", "注文番号は？"], replies.Select(r => r.Text));
        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult!.Status);
    }

    [Fact]
    public async Task OnContinueDialogAsync_override_can_cancel_and_the_component_ends()
    {
        var component = new InterruptibleDialog();
        var harness = new DialogHarness(component);
        await harness.SendAsync("hi");

        await harness.SendAsync("cancel");

        Assert.Empty(harness.LastStack);
        Assert.Equal([DialogReason.EndCalled], component.Ends);
    }

    [Fact]
    public async Task Cancelling_the_outer_stack_cancels_the_inner_dialogs()
    {
        var recorder = new RecordingDialog("recorder");
        var component = new ComponentDialog("component");
        component.AddDialog(recorder);
        var harness = new DialogHarness(component);
        await harness.SendAsync("hi");

        await harness.SendAsync("stop", dc => dc.CancelAllDialogsAsync());

        Assert.Equal([DialogReason.CancelCalled], recorder.Ends);
    }

    [Fact]
    public async Task ResumeDialogAsync_reprompts_the_inner_dialog()
    {
        var recorder = new RecordingDialog("recorder");
        var component = new ComponentDialog("component");
        component.AddDialog(recorder);
        var harness = new DialogHarness(component, new WaterfallDialog("side", [Steps.EndWith("done")]));
        await harness.SendAsync("hi");

        await harness.SendAsync("side", dc => dc.BeginDialogAsync("side"));

        Assert.Equal(1, recorder.Reprompts);
        Assert.Equal(DialogTurnStatus.Waiting, harness.LastResult!.Status);
    }

    [Fact]
    public async Task Child_is_the_inner_context_of_an_active_component()
    {
        var harness = new DialogHarness(new InterruptibleDialog());
        await harness.SendAsync("hi");
        DialogContext? child = null;

        await harness.SendAsync("peek", dc =>
        {
            child = dc.Child;
            return Task.FromResult(Dialog.EndOfTurn);
        });

        Assert.NotNull(child);
        Assert.Equal("text", child.ActiveDialog!.Id);
    }
}
