using Newtonsoft.Json;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>A message exchanged on a ticket after the escalation (customer, agent or a system note), in order.</summary>
public sealed record TicketMessage(
    [property: JsonProperty("seq")] long Sequence,
    [property: JsonProperty("ticket")] long TicketNumber,
    [property: JsonProperty("sender")] string Sender,
    [property: JsonProperty("senderName")] string? SenderName,
    [property: JsonProperty("text")] string Text,
    [property: JsonProperty("at")] DateTimeOffset At);
