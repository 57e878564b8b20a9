namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>A labelled count (an escalation reason, a not-understood utterance, an answer).</summary>
public sealed record CountRow(string Label, int Count);
