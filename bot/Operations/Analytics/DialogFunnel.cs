namespace SupportBot.Bot.Operations.Analytics;

/// <summary>A dialog's questions, most reached first (the order customers meet them).</summary>
public sealed record DialogFunnel(string Dialog, IReadOnlyList<FunnelStep> Steps);
