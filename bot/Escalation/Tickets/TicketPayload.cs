using Newtonsoft.Json;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>
/// What a ticket carries besides its columns: the slots, the rule and knowledge version of the bot's last answer,
/// the reason's detail, the conversation's language and channel, and the transcript up to the escalation.
/// </summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed record TicketPayload(
    [property: JsonProperty("slots")] TicketSlots Slots,
    [property: JsonProperty("detail")] string? Detail,
    [property: JsonProperty("ruleId")] string? RuleId,
    [property: JsonProperty("knowledgeVersion")] string KnowledgeVersion,
    [property: JsonProperty("language")] string Language,
    [property: JsonProperty("channelId")] string? ChannelId,
    [property: JsonProperty("transcript")] IReadOnlyList<TranscriptLine> Transcript)
{
    private static readonly JsonSerializerSettings Settings = new() { NullValueHandling = NullValueHandling.Ignore };

    public string ToJson() => JsonConvert.SerializeObject(this, Settings);

    public static TicketPayload FromJson(string json) =>
        JsonConvert.DeserializeObject<TicketPayload>(json, Settings) ?? throw new JsonSerializationException("Empty ticket payload.");
}
