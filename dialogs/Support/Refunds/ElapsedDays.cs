using System.Globalization;
using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Refunds;

/// <summary>
/// How many days ago something happened, from "3日前", "3 days ago", "昨日", "11/20", "11月20日" or "2026-11-20".
/// Dates are read in Japan time; a month/day later than today means last year.
/// </summary>
public static partial class ElapsedDays
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static int? Parse(string? text, DateTimeOffset now)
    {
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        if (DaysAgo().Match(folded) is { Success: true } days)
        {
            return int.Parse(days.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        if (WeeksAgo().Match(folded) is { Success: true } weeks)
        {
            return 7 * int.Parse(weeks.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        if (DayBeforeYesterday().IsMatch(folded))
        {
            return 2;
        }

        if (Yesterday().IsMatch(folded))
        {
            return 1;
        }

        if (Today().IsMatch(folded))
        {
            return 0;
        }

        return FromDate(folded, now);
    }

    /// <summary>Days from an ISO date (yyyy-MM-dd, the recognizer's form) to today in Japan; null when unreadable or in the future.</summary>
    public static int? Since(string? isoDate, DateTimeOffset now) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Between(date, now)
            : null;

    private static int? FromDate(string folded, DateTimeOffset now)
    {
        var today = Today(now);
        if (FullDate().Match(folded) is { Success: true } full)
        {
            return Make(Number(full, "y"), Number(full, "m"), Number(full, "d")) is { } date ? Between(date, now) : null;
        }

        if (MonthDay().Match(folded) is { Success: true } md)
        {
            var date = Make(today.Year, Number(md, "m"), Number(md, "d"));
            if (date is { } d && d > today)
            {
                date = Make(today.Year - 1, d.Month, d.Day);
            }

            return date is { } found ? Between(found, now) : null;
        }

        return null;
    }

    private static int? Between(DateOnly date, DateTimeOffset now)
    {
        var days = Today(now).DayNumber - date.DayNumber;
        return days >= 0 ? days : null;
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(JapanOffset).DateTime);

    private static DateOnly? Make(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<n>\d{1,3})\s*(?:日前|日まえ|days?\s+ago)")]
    private static partial Regex DaysAgo();

    [GeneratedRegex(@"(?<n>\d{1,2})\s*(?:週間前|週前|weeks?\s+ago)")]
    private static partial Regex WeeksAgo();

    [GeneratedRegex(@"一昨日|おととい|day before yesterday")]
    private static partial Regex DayBeforeYesterday();

    [GeneratedRegex(@"昨日|きのう|yesterday")]
    private static partial Regex Yesterday();

    [GeneratedRegex(@"今日|きょう|本日|today")]
    private static partial Regex Today();

    [GeneratedRegex(@"(?<y>\d{4})\s*[-/年.]\s*(?<m>\d{1,2})\s*[-/月.]\s*(?<d>\d{1,2})")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<m>\d{1,2})\s*[/月]\s*(?<d>\d{1,2})")]
    private static partial Regex MonthDay();
}
