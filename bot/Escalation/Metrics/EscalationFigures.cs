namespace SupportBot.Bot.Escalation.Metrics;

/// <summary>Escalations over a period: how many conversations, how many escalated, the rate, and why.</summary>
public sealed record EscalationFigures(
    DateTimeOffset From,
    DateTimeOffset To,
    long Conversations,
    long Escalations,
    double Rate,
    IReadOnlyDictionary<string, long> ByReason,
    IReadOnlyDictionary<string, long> ByState);
