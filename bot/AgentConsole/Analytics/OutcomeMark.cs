namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>An outcome the bot gave (supportbot/outcome): the decision rule and the outcome.</summary>
public sealed record OutcomeMark(string RuleId, string Outcome);
