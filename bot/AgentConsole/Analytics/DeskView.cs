using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Knowledge;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>The desk's figures with the knowledge files that label their reasons and rules.</summary>
public sealed record DeskView(DeskFigures Figures, KnowledgeSnapshot Knowledge);
