using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Escalation;

/// <summary>Why the conversation goes to a person, with everything the bot learnt (order, stage, seller, payment, rule, detail).</summary>
public sealed record EscalationRequest(EscalationTrigger Trigger, OrderInquiry Inquiry, string Language, string KnowledgeVersion)
{
    public string Reason => KnowledgeIds.Id(Trigger);
}
