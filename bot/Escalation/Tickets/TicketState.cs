namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>Where a ticket stands as customers, agents and the webhook see it (the store keeps open/assigned/closed).</summary>
public enum TicketState
{
    Queued,
    Assigned,
    Resolved,
}
