using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Prompts;

namespace SupportBot.Dialogs.Engine.Tests.TestDoubles;

/// <summary>A component asking two questions that answers "help" and obeys "cancel" at any point, like CancelAndHelpDialog.</summary>
internal sealed class InterruptibleDialog : ComponentDialog
{
    public InterruptibleDialog()
        : base(nameof(InterruptibleDialog))
    {
        AddDialog(new WaterfallDialog("questions", [Steps.Ask("text", "注文番号は？"), Steps.Ask("text", "理由は？"), Steps.EchoResult()]));
        AddDialog(new TextPrompt("text"));
    }

    public List<DialogReason> Ends { get; } = [];

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        switch (innerDc.Context.Activity.Text)
        {
            case "help":
                await innerDc.Context.SendActivityAsync("help text", cancellationToken: cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case "cancel":
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            default:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }

    protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        Ends.Add(reason);
        return Task.CompletedTask;
    }
}
