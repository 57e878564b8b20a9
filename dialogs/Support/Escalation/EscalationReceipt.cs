namespace SupportBot.Dialogs.Escalation;

/// <summary>What an escalation tells the dialog: the ticket id to show the customer and the trigger id (<paramref name="Reason"/>).</summary>
public sealed record EscalationReceipt(string TicketId, string Reason);
