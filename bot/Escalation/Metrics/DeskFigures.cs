namespace SupportBot.Bot.Escalation.Metrics;

/// <summary>How the people at the desk did over a period, by escalation reason and by the rule the bot had applied.</summary>
public sealed record DeskFigures(IReadOnlyList<DeskRow> ByReason, IReadOnlyList<DeskRow> ByRule)
{
    public static DeskFigures Empty { get; } = new([], []);
}
