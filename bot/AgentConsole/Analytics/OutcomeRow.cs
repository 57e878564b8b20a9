namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>How often a decision rule gave its outcome.</summary>
public sealed record OutcomeRow(string RuleId, string Outcome, int Count);
