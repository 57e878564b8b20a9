namespace SupportBot.Dialogs.Explanations;

/// <summary>One thing the bot did in a turn, read from its message's marker: the act, the topic it belongs to, and what it named.</summary>
public sealed record ExplainedAct(string Act, string? Topic, string? Id);
