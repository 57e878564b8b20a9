namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>Where a ticket stands as customers, agents and the webhook see it (stored as open/assigned/closed).</summary>
public enum TicketState
{
    Queued,
    Assigned,
    Resolved,
}
