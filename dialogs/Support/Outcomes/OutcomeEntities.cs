using Microsoft.Bot.Schema;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Outcomes;

/// <summary>
/// The entities tests, analytics and the agent console read (ARCHITECTURE.md): every outcome message carries
/// supportbot/outcome, every escalation message supportbot/escalation. Web Chat ignores them.
/// </summary>
public static class OutcomeEntities
{
    public const string OutcomeType = "supportbot/outcome";
    public const string EscalationType = "supportbot/escalation";

    public static Entity Outcome(Outcome outcome, string ruleId, string knowledgeVersion)
    {
        var entity = new Entity(OutcomeType);
        entity.Properties["outcome"] = KnowledgeIds.Id(outcome);
        entity.Properties["ruleId"] = ruleId;
        entity.Properties["knowledgeVersion"] = knowledgeVersion;
        return entity;
    }

    public static Entity Escalation(string ticketId, string reason)
    {
        var entity = new Entity(EscalationType);
        entity.Properties["ticketId"] = ticketId;
        entity.Properties["reason"] = reason;
        return entity;
    }

    /// <summary>The entity of the given type on an activity, or null.</summary>
    public static Entity? Find(IActivity activity, string type)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity as IMessageActivity)?.Entities?.FirstOrDefault(e => e.Type == type);
    }
}
