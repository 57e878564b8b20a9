namespace SupportBot.Bot.Escalation.Metrics;

/// <summary>One ticket's desk timeline: when it was opened, taken over and resolved, and the customer's rating.</summary>
public sealed record DeskTicket(string Reason, string? RuleId, DateTimeOffset Created, DateTimeOffset? TakenOver, DateTimeOffset? Resolved, int? Rating)
{
    public static DeskFigures Summarise(IReadOnlyList<DeskTicket> tickets)
    {
        ArgumentNullException.ThrowIfNull(tickets);
        return new DeskFigures(
            Group(tickets, t => t.Reason),
            Group(tickets.Where(t => !string.IsNullOrEmpty(t.RuleId)).ToList(), t => t.RuleId!));
    }

    private static List<DeskRow> Group(IReadOnlyList<DeskTicket> tickets, Func<DeskTicket, string> key) =>
        [.. tickets.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new DeskRow(
                g.Key,
                g.Count(),
                Median(g.Where(t => t.TakenOver is not null).Select(t => (t.TakenOver!.Value - t.Created).TotalMinutes)),
                Median(g.Where(t => t.TakenOver is not null && t.Resolved is not null).Select(t => (t.Resolved!.Value - t.TakenOver!.Value).TotalMinutes)),
                g.Any(t => t.Rating is not null) ? g.Where(t => t.Rating is not null).Average(t => t.Rating!.Value) : null,
                g.Count(t => t.Rating is not null)))
            .OrderByDescending(r => r.Tickets)
            .ThenBy(r => r.Group, StringComparer.Ordinal)];

    private static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? null
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
