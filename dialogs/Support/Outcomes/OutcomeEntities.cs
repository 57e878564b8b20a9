using Microsoft.Bot.Schema;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Outcomes;

/// <summary>
/// The entities tests, analytics and the agent console read (ARCHITECTURE.md): every outcome message carries
/// supportbot/outcome, every escalation message supportbot/escalation. Web Chat ignores them. For the analytics page:
/// every question carries supportbot/step, a reply to a message the bot did not understand supportbot/notUnderstood,
/// and the reply to "did that solve it?" supportbot/solved.
/// </summary>
public static class OutcomeEntities
{
    public const string OutcomeType = "supportbot/outcome";
    public const string EscalationType = "supportbot/escalation";
    public const string StepType = "supportbot/step";
    public const string NotUnderstoodType = "supportbot/notUnderstood";
    public const string SolvedType = "supportbot/solved";
    public const string OutOfScopeType = "supportbot/outOfScope";
    public const string ClarifyType = "supportbot/clarify";
    public const string AnswerType = "supportbot/answer";

    /// <summary>The rule id prefix of an outcome said from the stage alone, before the seller is known (the decision follows).</summary>
    public const string PreviewRulePrefix = "preview.";

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

    /// <summary>The question a dialog asks: the dialog and the knowledge key of the question (stable across wording edits).</summary>
    public static Entity Step(string dialog, string step)
    {
        var entity = new Entity(StepType);
        entity.Properties["dialog"] = dialog;
        entity.Properties["step"] = step;
        return entity;
    }

    /// <summary>The bot's reply to a message it could not read (the message itself is the turn's incoming activity).</summary>
    public static Entity NotUnderstood(string dialog)
    {
        var entity = new Entity(NotUnderstoodType);
        entity.Properties["dialog"] = dialog;
        return entity;
    }

    /// <summary>A reply that says the customer's topic is not handled in this chat (the topic id when it was named).</summary>
    public static Entity OutOfScope(string? topic)
    {
        var entity = new Entity(OutOfScopeType);
        entity.Properties["topic"] = topic ?? "other";
        return entity;
    }

    /// <summary>An answer to a question in passing: the FAQ entry or part of the content it came from (for the trace and analytics).</summary>
    public static Entity Answer(string passageId)
    {
        var entity = new Entity(AnswerType);
        entity.Properties["passage"] = passageId;
        return entity;
    }

    /// <summary>A reply that asks "A or B?" because two readings of the message were close.</summary>
    public static Entity Clarify(IEnumerable<string> options)
    {
        var entity = new Entity(ClarifyType);
        entity.Properties["options"] = new Newtonsoft.Json.Linq.JArray(options);
        return entity;
    }

    /// <summary>The customer's answer to "did that solve it?".</summary>
    public static Entity Solved(bool solved)
    {
        var entity = new Entity(SolvedType);
        entity.Properties["solved"] = solved;
        return entity;
    }

    /// <summary>
    /// The customer's answer to "did that solve it?" as a trace: kept in the transcript for the analytics, dropped by
    /// customer channels, so no wording changes; it carries the same entity the other markers do.
    /// </summary>
    public static Activity SolvedTrace(bool solved)
    {
        var trace = (Activity)Activity.CreateTraceActivity(SolvedType, SolvedType, solved, "Did that solve it?");
        trace.Entities = [Solved(solved)];
        return trace;
    }

    /// <summary>The entity of the given type on an activity, or null.</summary>
    public static Entity? Find(IActivity activity, string type)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return (activity as IMessageActivity)?.Entities?.FirstOrDefault(e => e.Type == type);
    }
}
