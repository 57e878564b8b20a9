namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>Conversation state while a person has the conversation: customer messages go to this ticket, not the bot.</summary>
public sealed record HandoffState(long TicketNumber);
