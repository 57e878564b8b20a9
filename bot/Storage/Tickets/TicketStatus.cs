namespace SupportBot.Bot.Storage.Tickets;

/// <summary>Where an escalation stands; stored as lower-case text. Only Closed frees the conversation for a new ticket.</summary>
public enum TicketStatus
{
    Open,
    Assigned,
    Closed,
}
