namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>One question of a dialog: conversations that reached it, and those that ended there without an answer.</summary>
public sealed record FunnelStep(string Step, int Reached, int Abandoned);
