using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Bot.Turns;

/// <summary>The conversation-state properties the host itself reads and writes, created once.</summary>
public sealed class ConversationAccessors
{
    public ConversationAccessors(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ConversationState = conversationState;
        DialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        FailedTurns = conversationState.CreateProperty<int>(nameof(FailedTurns));
    }

    public ConversationState ConversationState { get; }

    /// <summary>The dialog stack, under the key the official engine uses.</summary>
    public IStatePropertyAccessor<DialogState> DialogState { get; }

    /// <summary>Turns in a row that failed with an exception; the second one in a row starts the dialog afresh.</summary>
    public IStatePropertyAccessor<int> FailedTurns { get; }
}
