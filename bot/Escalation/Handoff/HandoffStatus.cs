using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>A handoff.status event's value: {state: accepted|failed|completed, message}.</summary>
public sealed record HandoffStatus(string State, string? Message)
{
    public const string Accepted = "accepted";
    public const string Failed = "failed";
    public const string Completed = "completed";

    /// <summary>Who a ticket is assigned to when an external agent hub accepted it.</summary>
    public const string HubAgent = "agent hub";

    public static HandoffStatus? Read(object? value)
    {
        var json = value switch
        {
            JObject o => o,
            string s => TryParse(s),
            null => null,
            _ => JObject.FromObject(value),
        };
        var state = json?["state"]?.Type == JTokenType.String ? ((string?)json["state"])?.Trim().ToLowerInvariant() : null;
        return state is Accepted or Failed or Completed
            ? new HandoffStatus(state, json!["message"]?.Type == JTokenType.String ? (string?)json["message"] : null)
            : null;
    }

    private static JObject? TryParse(string text)
    {
        try
        {
            return JObject.Parse(text);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }
}
