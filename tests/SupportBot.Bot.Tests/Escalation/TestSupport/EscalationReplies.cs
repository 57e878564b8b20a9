using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Escalation.TestSupport;

/// <summary>Reads what the bot answered: the supportbot/escalation entity and the handoff.initiate event.</summary>
public static class EscalationReplies
{
    public static (string TicketId, string Reason)? Escalation(IEnumerable<Activity> replies)
    {
        var entity = replies.SelectMany(r => r.Entities ?? []).FirstOrDefault(e => e.Type == "supportbot/escalation");
        return entity is null ? null : ((string)entity.Properties["ticketId"]!, (string)entity.Properties["reason"]!);
    }

    public static Activity? HandoffInitiation(IEnumerable<Activity> replies) =>
        replies.FirstOrDefault(r => r.Type == ActivityTypes.Event && r.Name == HandoffEventNames.InitiateHandoff);

    public static JObject Value(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Value as JObject ?? JObject.FromObject(activity.Value);
    }

    public static string Texts(IEnumerable<Activity> replies) =>
        string.Join("\n---\n", replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text));
}
