using Newtonsoft.Json;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>One message of the conversation before the escalation, as the transcript stored it (PII masked).</summary>
public sealed record TranscriptLine(
    [property: JsonProperty("at")] DateTimeOffset At,
    [property: JsonProperty("from")] string From,
    [property: JsonProperty("text")] string Text);
