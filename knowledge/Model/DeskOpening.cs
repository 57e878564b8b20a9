namespace SupportBot.Knowledge;

/// <summary>One line of the desk's week: these days, from this time to that one (local to the desk).</summary>
public sealed record DeskOpening(IReadOnlySet<DayOfWeek> Days, TimeOnly From, TimeOnly To, bool ToMidnight)
{
    public bool Covers(DateTime local) =>
        Days.Contains(local.DayOfWeek) && TimeOnly.FromDateTime(local) >= From && (ToMidnight || TimeOnly.FromDateTime(local) < To);
}
