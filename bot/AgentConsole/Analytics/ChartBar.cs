namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>One bar: its label, its length, an optional part drawn in the alert colour, and the figure written beside it.</summary>
public sealed record ChartBar(string Label, double Value, string Display, double Highlight = 0);
