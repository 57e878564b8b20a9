namespace SupportBot.Knowledge;

/// <summary>When people answer escalated chats, in the desk's time zone.</summary>
public sealed record DeskHours(TimeZoneInfo TimeZone, LocalizedText Label, IReadOnlyList<DeskOpening> Openings)
{
    public bool IsOpen(DateTimeOffset now) => Openings.Any(o => o.Covers(Local(now)));

    /// <summary>The next time the desk opens after <paramref name="now"/>, in the desk's local time (within a week).</summary>
    public DateTime? NextOpening(DateTimeOffset now)
    {
        var local = Local(now);
        DateTime? best = null;
        for (var day = 0; day <= 7; day++)
        {
            var date = local.Date.AddDays(day);
            foreach (var opening in Openings.Where(o => o.Days.Contains(date.DayOfWeek)))
            {
                var start = date + opening.From.ToTimeSpan();
                if (start > local && (best is null || start < best))
                {
                    best = start;
                }
            }

            if (best is not null)
            {
                return best;
            }
        }

        return best;
    }

    private DateTime Local(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, TimeZone).DateTime;
}
