namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>
/// For a support lead, beside each missed message: what it may have meant (an intent, an FAQ entry, out of scope)
/// and the form token; the console writes the choice as an example (see KnowledgeDesk).
/// </summary>
public sealed record MissedMessageForm(string Action, string RequestToken, IReadOnlyList<(string Value, string Label)> Targets);
