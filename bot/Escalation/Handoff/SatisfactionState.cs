namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>Conversation state after a person handed the conversation back: the survey of that ticket is open.</summary>
public sealed record SatisfactionState(long TicketNumber, bool AwaitingComment);
