using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

public static class DialogExtensions
{
    /// <summary>Runs a root dialog for one turn: continue the active stack, or begin the dialog when nothing is active.</summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor);
        dialogSet.Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false)
            : result;
    }
}
