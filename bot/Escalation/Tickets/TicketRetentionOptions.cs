namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>The "Escalation" section's retention: how long a resolved ticket (real order number, phone, live chat) is kept.</summary>
public sealed class TicketRetentionOptions
{
    public const string SectionName = "Escalation";

    /// <summary>A resolved ticket and its live-chat messages are deleted this many days after it was resolved.</summary>
    public int ResolvedTicketRetentionDays { get; set; } = 90;
}
