namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>Who wrote a ticket message.</summary>
public static class TicketSenders
{
    public const string Customer = "customer";
    public const string Agent = "agent";
    public const string System = "system";

    /// <summary>An agent's internal note: shown to agents on the ticket, never sent to the customer.</summary>
    public const string Note = "note";
}
