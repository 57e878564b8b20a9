namespace SupportBot.Bot.Storage.Tickets;

/// <summary>A durable escalation; the payload keeps the real (unmasked) order number, phone and e-mail for the agent.</summary>
public sealed record EscalationTicket(
    long Number,
    string ConversationId,
    TicketStatus Status,
    string Reason,
    string PayloadJson,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The number customers and agents see, e.g. ESC-000123.</summary>
    public string DisplayId => FormatDisplayId(Number);

    public static string FormatDisplayId(long number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"ESC-{number:D6}");
}
