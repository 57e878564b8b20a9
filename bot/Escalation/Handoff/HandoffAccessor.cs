using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>The conversation-state property escalation owns: who has the conversation while a person is on it.</summary>
public sealed class HandoffAccessor
{
    public HandoffAccessor(ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ConversationState = conversationState;
        // Stored under "Handoff", the name it always had, so conversations saved before keep their hand-over.
        Handoff = conversationState.CreateProperty<HandoffState?>(nameof(Handoff));
        Satisfaction = conversationState.CreateProperty<SatisfactionState?>(nameof(Satisfaction));
    }

    public ConversationState ConversationState { get; }

    /// <summary>Set while a person has the conversation (escalated, not yet handed back).</summary>
    public IStatePropertyAccessor<HandoffState?> Handoff { get; }

    /// <summary>Set after a person handed the conversation back, until the customer answered or skipped the survey.</summary>
    public IStatePropertyAccessor<SatisfactionState?> Satisfaction { get; }
}
