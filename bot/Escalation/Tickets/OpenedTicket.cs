namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>The conversation's open ticket; <paramref name="Created"/> is false when it already existed.</summary>
public sealed record OpenedTicket(TicketView Ticket, bool Created);
