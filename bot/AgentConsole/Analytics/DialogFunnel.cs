namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>A dialog's questions, most reached first, ties in the order customers met them.</summary>
public sealed record DialogFunnel(string Dialog, IReadOnlyList<FunnelStep> Steps);
