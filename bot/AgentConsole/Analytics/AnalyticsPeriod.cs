using System.Globalization;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>Whole days at <paramref name="UtcOffset"/>, first to last inclusive: the conversations that started in them.</summary>
public sealed record AnalyticsPeriod(DateOnly FirstDay, DateOnly LastDay, TimeSpan UtcOffset = default)
{
    public const int DefaultDays = 7;
    public const int MaxDays = 366;

    public DateTimeOffset Since => new(FirstDay.ToDateTime(TimeOnly.MinValue), UtcOffset);

    public DateTimeOffset Until => new(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), UtcOffset);

    /// <summary>"UTC+09:00", "UTC-05:30", "UTC".</summary>
    public string ZoneText => UtcOffset == TimeSpan.Zero
        ? "UTC"
        : "UTC" + (UtcOffset < TimeSpan.Zero ? "-" : "+") + UtcOffset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    public string FirstText => FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string LastText => LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The period a request asks for (yyyy-MM-dd); missing or unreadable days give the last week up to today.</summary>
    public static AnalyticsPeriod Parse(string? from, string? to, DateOnly today, TimeSpan utcOffset = default)
    {
        var last = TryDay(to) ?? today;
        var first = TryDay(from) ?? last.AddDays(1 - DefaultDays);
        if (first > last)
        {
            (first, last) = (last, first);
        }

        return last.DayNumber - first.DayNumber >= MaxDays
            ? new AnalyticsPeriod(last.AddDays(1 - MaxDays), last, utcOffset)
            : new AnalyticsPeriod(first, last, utcOffset);
    }

    /// <summary>Today's date at <paramref name="utcOffset"/>.</summary>
    public static DateOnly Today(DateTimeOffset now, TimeSpan utcOffset) => DateOnly.FromDateTime(now.ToOffset(utcOffset).DateTime);

    private static DateOnly? TryDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
