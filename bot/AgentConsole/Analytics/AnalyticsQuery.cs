using SupportBot.Bot.Turns.Transcripts;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>
/// Computes the analytics figures from the stored (masked) transcripts, so every instance sharing the store gives the
/// same answer: tickets are counted once by their number, as the escalation messages name them.
/// </summary>
public sealed class AnalyticsQuery
{
    private readonly ITranscriptRepository _transcripts;

    public AnalyticsQuery(ITranscriptRepository transcripts) => _transcripts = transcripts;

    public async Task<AnalyticsReport> RunAsync(AnalyticsPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var entries = await _transcripts.ReadConversationsStartedAsync(period.Since, period.Until, cancellationToken);
        var conversations = entries
            .GroupBy(e => e.ConversationId, StringComparer.Ordinal)
            .Select(g => ConversationReader.Read(g.Key, g))
            .Where(c => c.CustomerSpoke)
            .ToList();
        return Summarize(period, conversations);
    }

    public static AnalyticsReport Summarize(AnalyticsPeriod period, IReadOnlyList<ConversationFacts> conversations)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        var reasons = conversations
            .SelectMany(c => c.Escalations)
            .Distinct()
            .GroupBy(e => e.Reason, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        var outcomes = conversations
            .SelectMany(c => c.Outcomes)
            .GroupBy(o => o)
            .Select(g => new OutcomeRow(g.Key.RuleId, g.Key.Outcome, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.RuleId, StringComparer.Ordinal).ThenBy(r => r.Outcome, StringComparer.Ordinal)
            .ToList();
        var solved = conversations.SelectMany(c => c.SolvedAnswers).ToList();
        var notUnderstood = conversations
            .SelectMany(c => c.NotUnderstood)
            .Select(UtteranceKey.Of)
            .Where(k => k.Length > 0)
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => new CountRow(g.Key, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();

        return new AnalyticsReport(
            period,
            conversations.Count,
            conversations.Count(c => c.Contained),
            conversations.Count(c => c.Escalated),
            reasons,
            outcomes,
            Funnels(conversations),
            solved.Count(s => s),
            solved.Count(s => !s),
            notUnderstood);
    }

    private static List<DialogFunnel> Funnels(IReadOnlyList<ConversationFacts> conversations)
    {
        var reached = conversations
            .SelectMany(c => c.Steps.Distinct())
            .GroupBy(s => s)
            .ToDictionary(g => g.Key, g => g.Count());
        // Ties (every customer who reached one also reached the other) go in the order customers met them.
        var position = conversations
            .SelectMany(c => c.Steps.Distinct().Select((s, i) => (Step: s, Index: i)))
            .GroupBy(p => p.Step)
            .ToDictionary(g => g.Key, g => g.Average(p => p.Index));
        var abandoned = conversations
            .Where(c => c.AbandonedAt is not null)
            .GroupBy(c => c.AbandonedAt!)
            .ToDictionary(g => g.Key, g => g.Count());
        return reached.Keys
            .GroupBy(s => s.Dialog, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(s => reached[s])).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DialogFunnel(
                g.Key,
                g.OrderByDescending(s => reached[s]).ThenBy(s => position[s]).ThenBy(s => s.Step, StringComparer.Ordinal)
                    .Select(s => new FunnelStep(s.Step, reached[s], abandoned.GetValueOrDefault(s)))
                    .ToList()))
            .ToList();
    }
}
