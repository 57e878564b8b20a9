namespace SupportBot.Dialogs.Escalation;

/// <summary>The ticket an escalation created; <paramref name="Reason"/> is the escalation-trigger id.</summary>
public sealed record EscalationTicket(string TicketId, string Reason);
