using Newtonsoft.Json;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>A ticket with everything the agent console, the webhook and the customer's routing need.</summary>
public sealed record TicketView(
    [property: JsonProperty("number")] long Number,
    [property: JsonProperty("conversationId")] string ConversationId,
    [property: JsonProperty("state")] TicketState State,
    [property: JsonProperty("reason")] string Reason,
    [property: JsonProperty("payload")] TicketPayload Payload,
    [property: JsonProperty("assignedTo")] string? AssignedTo,
    [property: JsonProperty("resolution")] string? Resolution,
    [property: JsonProperty("webhookStatus")] string? WebhookStatus,
    [property: JsonProperty("createdAt")] DateTimeOffset CreatedAt,
    [property: JsonProperty("updatedAt")] DateTimeOffset UpdatedAt)
{
    /// <summary>The number customers and agents see, e.g. ESC-000123.</summary>
    [JsonProperty("ticketId")]
    public string TicketId => FormatTicketId(Number);

    public static string FormatTicketId(long number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ESC-{number:D6}");

    [JsonIgnore]
    public bool IsOpen => State != TicketState.Resolved;
}
