using System.Globalization;
using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine;

/// <summary>A named collection of dialogs bound to the state property that holds their stack.</summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>A set without its own state property, used inside a <see cref="ComponentDialog"/>.</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog; a different dialog with a taken id is renamed id2, id3 and so on.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            var suffix = 2;
            while (_dialogs.ContainsKey(dialog.Id + suffix.ToString(CultureInfo.InvariantCulture)))
            {
                suffix++;
            }

            dialog.Id += suffix.ToString(CultureInfo.InvariantCulture);
        }

        _dialogs[dialog.Id] = dialog;
        return this;
    }

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet has no state property; create contexts through its ComponentDialog.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);

        // BotState converts a JObject read from storage into a fresh DialogState without caching it: store it so changes persist.
        await _dialogState.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }

    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;
}
