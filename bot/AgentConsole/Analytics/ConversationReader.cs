using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Turns.Transcripts;
using SupportBot.Dialogs.Outcomes;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>
/// Reads one conversation's stored transcript into <see cref="ConversationFacts"/>: who spoke, the outcome, escalation,
/// step, not-understood and solved markers in order, and the step at which the customer left (a question asked after
/// the last outcome, escalation or solved answer).
/// </summary>
public static class ConversationReader
{
    public static ConversationFacts Read(string conversationId, IEnumerable<TranscriptEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var activities = entries.OrderBy(e => e.Sequence).Select(e => Parse(e.MaskedActivityJson)).OfType<JObject>().ToList();
        var botId = activities.Where(a => Role(a) == RoleTypes.Bot).Select(FromId).FirstOrDefault(id => id is not null);

        var outcomes = new List<OutcomeMark>();
        var escalations = new List<(string, string)>();
        var steps = new List<StepMark>();
        var solved = new List<bool>();
        var notUnderstood = new List<string>();
        var customerSpoke = false;
        string? customerText = null;
        StepMark? lastStep = null;
        var stepIsLast = false;

        foreach (var activity in activities)
        {
            if (!IsFromBot(activity, botId))
            {
                if ((string?)activity["type"] == ActivityTypes.Message)
                {
                    customerSpoke = true;
                    customerText = (string?)activity["text"];
                }

                continue;
            }

            foreach (var entity in activity["entities"] as JArray ?? [])
            {
                switch ((string?)entity["type"])
                {
                    // An outcome said from the stage alone is followed by the decision itself: only that one is counted.
                    case OutcomeEntities.OutcomeType when Text(entity, "ruleId").StartsWith(OutcomeEntities.PreviewRulePrefix, StringComparison.Ordinal):
                        break;
                    case OutcomeEntities.OutcomeType:
                        outcomes.Add(new OutcomeMark(Text(entity, "ruleId"), Text(entity, "outcome")));
                        stepIsLast = false;
                        break;
                    case OutcomeEntities.EscalationType:
                        escalations.Add((Text(entity, "ticketId"), Text(entity, "reason")));
                        stepIsLast = false;
                        break;
                    case OutcomeEntities.SolvedType:
                        solved.Add(entity["solved"]?.Type == JTokenType.Boolean && (bool)entity["solved"]!);
                        stepIsLast = false;
                        break;
                    case OutcomeEntities.StepType:
                        lastStep = new StepMark(Text(entity, "dialog"), Text(entity, "step"));
                        steps.Add(lastStep);
                        stepIsLast = true;
                        break;
                    case OutcomeEntities.NotUnderstoodType when !string.IsNullOrWhiteSpace(customerText):
                        notUnderstood.Add(customerText);
                        customerText = null;
                        break;
                }
            }
        }

        return new ConversationFacts(conversationId, customerSpoke, outcomes, escalations, steps, stepIsLast ? lastStep : null, solved, notUnderstood);
    }

    private static JObject? Parse(string json)
    {
        try
        {
            return JObject.Parse(json);
        }
        catch (JsonReaderException)
        {
            // One unreadable line must not hide the rest of the figures.
            return null;
        }
    }

    private static bool IsFromBot(JObject activity, string? botId) =>
        Role(activity) switch
        {
            RoleTypes.Bot => true,
            RoleTypes.User => false,
            _ => (string?)activity["type"] == ActivityTypes.Trace || (botId is not null && FromId(activity) == botId),
        };

    private static string? Role(JObject activity) => (string?)activity["from"]?["role"];

    private static string? FromId(JObject activity) => (string?)activity["from"]?["id"];

    private static string Text(JToken entity, string property) => (string?)entity[property] ?? "unknown";
}
