using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine.Tests.TestDoubles;

/// <summary>A dialog that waits on begin and records every end, reprompt and resume it receives.</summary>
internal sealed class RecordingDialog(string id) : Dialog(id)
{
    public List<DialogReason> Ends { get; } = [];

    public int Reprompts { get; private set; }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(EndOfTurn);

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        Reprompts++;
        return Task.CompletedTask;
    }

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        Ends.Add(reason);
        return Task.CompletedTask;
    }
}
