using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Prompts;

namespace SupportBot.Dialogs.Engine;

/// <summary>The dialog stack of one dialog set during one turn, with the operations that change it.</summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
    }

    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    /// <summary>A view over the same stack, used by <see cref="WaterfallStepContext"/>.</summary>
    protected DialogContext(DialogContext source)
        : this((source ?? throw new ArgumentNullException(nameof(source))).Dialogs, source.Context, source.State)
    {
        Parent = source.Parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public DialogContext? Parent { get; }

    public DialogState State { get; }

#pragma warning disable CA1002 // Mirrors Bot Framework: the stack is a List with the top at index 0.
    public List<DialogInstance> Stack => State.DialogStack;
#pragma warning restore CA1002

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The inner context of the active dialog when that dialog is a <see cref="ComponentDialog"/>.</summary>
    public DialogContext? Child =>
        ActiveDialog is { } instance && FindDialog(instance.Id) is ComponentDialog component
            ? component.CreateChildContext(this)
            : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new ArgumentException($"DialogContext.BeginDialogAsync(): a dialog with an id of '{dialogId}' wasn't found.", nameof(dialogId));

        Stack.Insert(0, new DialogInstance { Id = dialog.Id });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(instance.Id) ?? throw UnknownActiveDialog(instance.Id, "ContinueDialogAsync");
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is not { } parent)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var dialog = FindDialog(parent.Id) ?? throw UnknownActiveDialog(parent.Id, "EndDialogAsync");
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance)
        {
            var dialog = FindDialog(instance.Id) ?? throw UnknownActiveDialog(instance.Id, "RepromptDialogAsync");
            await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Looks in this context's set, then in each parent's.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } instance)
        {
            if (FindDialog(instance.Id) is { } dialog)
            {
                await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
            }

            Stack.RemoveAt(0);
        }
    }

    private static InvalidOperationException UnknownActiveDialog(string dialogId, string operation) =>
        new($"DialogContext.{operation}(): the active dialog '{dialogId}' is not in the dialog set.");
}
