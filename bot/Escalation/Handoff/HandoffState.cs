namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>Conversation state (its type name is stored with the state, so it keeps this name) while a person has the conversation: customer messages go to this ticket, not the bot.</summary>
public sealed record HandoffState(long TicketNumber);
