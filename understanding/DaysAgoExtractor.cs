using System.Globalization;
using System.Text.RegularExpressions;

namespace SupportBot.Understanding;

/// <summary>
/// "How long ago" in Japanese or English: 「3日前」「一週間前」「3週間くらい前」「先週」「昨日」「おととい」, "5 days ago", "a week ago",
/// "yesterday", 「3日たって」「みっかも」, "it has been 10 days", "10 days since", and dates 「11月20日」「11/20」「2026-11-20」 (a date without a year is the latest one not after today).
/// Gives both daysAgo and date, relative to <c>today</c> supplied by the caller so results are deterministic.
/// </summary>
public static partial class DaysAgoExtractor
{
    private const string JapaneseNumber = "[0-9]+|[一二三四五六七八九十]+";
    private const string EnglishNumber = "[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|couple of|a couple of|few|a few";

    /// <summary>The first time expression in folded text not inside <paramref name="taken"/> spans: daysAgo and date matches.</summary>
    public static IReadOnlyList<EntityMatch> Find(FoldedText text, DateOnly today, IReadOnlyList<EntityMatch>? taken = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Value;
        // Rank: 2 for a count said outright (「8日前」 "eight days ago"), 1 for a weekday, 0 otherwise; a weekday gives
        // way to a count said with it, which the customer reckoned ("last Tuesday, so eight days ago", 「先週の金曜やから
        // 5日まえ」).
        var candidates = new List<(int Start, int End, DateOnly Date, int Rank)>();
        foreach (Match m in Relative().Matches(value))
        {
            if (RelativeDays(m) is { } days)
            {
                candidates.Add((m.Index, m.Index + m.Length, today.AddDays(-days), m.Groups["n"].Success || m.Groups["kana"].Success ? 2 : 0));
            }
        }

        // "last Monday", 「月曜に」「先週の月曜日」: the latest such day before today.
        foreach (Match m in Weekday().Matches(value))
        {
            var day = Array.IndexOf(WeekdayNames, m.Groups["day"].Value[..1]) is var i and >= 0 ? i : Array.IndexOf(EnglishWeekdays, m.Groups["day"].Value[..3]);
            if (day >= 0)
            {
                var back = ((int)today.DayOfWeek - day + 7) % 7;
                back = back == 0 ? 7 : back;
                // 「先週の月曜」 is last week's Monday even when this week's has passed (weeks start on Monday).
                if (m.Value.StartsWith("先週", StringComparison.Ordinal) && back <= ((int)today.DayOfWeek + 6) % 7)
                {
                    back += 7;
                }

                candidates.Add((m.Index, m.Index + m.Length, today.AddDays(-back), 1));
            }
        }

        foreach (Match m in Dates().Matches(value))
        {
            if (AbsoluteDate(m, today) is { } date)
            {
                candidates.Add((m.Index, m.Index + m.Length, date, 0));
            }
        }

        // 「本日から数えて四日前」「本日で十日が経過」: "today" followed by から or で only anchors the expression after it.
        var anchored = candidates.Any(c => c.Date != today);
        var kept = candidates
            .Where(c => taken is null || !taken.Any(t => c.Start < t.End && t.Start < c.End))
            .Where(c => !anchored || c.Date != today || !Anchors(value, c.End))
            .Where(c => !Supposed(value, c.End))
            .OrderBy(c => c.Start).ThenByDescending(c => c.End)
            .ToList();
        // 「昨日じゃなくておととい」 "not yesterday": a day denied is no answer; "4 days ago, no wait, last Friday": one taken
        // back by a correction gives way to the next.
        var meant = kept.Where((c, i) => !Denied(value, c.Start, c.End) && !(i + 1 < kept.Count && kept[i + 1].Start > c.End && TakenBack(value[c.End..kept[i + 1].Start]))).ToList();
        var pool = meant.Count > 0 ? meant : kept;
        var counted = pool.FindIndex(c => c.Rank == 2);
        var first = pool.Count == 0 ? ((int Start, int End, DateOnly Date, int Rank)?)null
            : pool[0].Rank == 1 && counted >= 0 ? pool[counted] : pool[0];

        if (first is not { } found)
        {
            return [];
        }

        var result = new List<EntityMatch>
        {
            new(SupportEntities.Date, found.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), found.Start, found.End),
        };
        var daysAgo = today.DayNumber - found.Date.DayNumber;
        if (daysAgo >= 0)
        {
            result.Insert(0, new EntityMatch(SupportEntities.DaysAgo, daysAgo, found.Start, found.End));
        }

        return result;
    }

    // 「一週間たっても戻らなかったら？」: a span of time supposed, not a day told.
    private static bool Supposed(string value, int end) => SupposedAfter().IsMatch(value[end..]);

    [GeneratedRegex(@"^\s*(?:も|ても)[^。.!！、，,]{0,8}?(?:なかったら|なければ|(?<!どうし|どげんし|どし)たら|なら|場合)", RegexOptions.CultureInvariant)]
    private static partial Regex SupposedAfter();

    private static bool Denied(string value, int start, int end) =>
        NegatedAfter().IsMatch(value[end..]) || value[..start].TrimEnd().EndsWith("not", StringComparison.Ordinal);

    private static bool TakenBack(string between) => CorrectionMarker().IsMatch(between);

    [GeneratedRegex(@"^\s*(?:じゃなく|ではなく|じゃない(?!か)|やなく|やない(?!か)|でなく|ちゃう)", RegexOptions.CultureInvariant)]
    private static partial Regex NegatedAfter();

    [GeneratedRegex(@"no wait|(?<![a-z])i mean(?![a-z])|(?<![a-z])actually(?![a-z])|いや、|いや,|やっぱ|訂正|じゃなく|ではなく", RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionMarker();

    private static bool Anchors(string value, int end)
    {
        var after = value.AsSpan(end).TrimStart();
        return after.StartsWith("から", StringComparison.Ordinal) || after.StartsWith("で", StringComparison.Ordinal);
    }

    private static int? RelativeDays(Match m)
    {
        if (m.Groups["word"].Success)
        {
            return m.Groups["word"].Value switch
            {
                "一昨日" or "おととい" or "おとつい" or "day before yesterday" => 2,
                "昨日" or "きのう" or "昨晩" or "昨夜" or "ゆうべ" or "yesterday" or "last night" => 1,
                "今日" or "きょう" or "本日" or "今朝" or "けさ" or "さっき" or "先ほど" or "さきほど" or "today" or "this morning" or "earlier today" => 0,
                "先週" or "せんしゅう" or "last week" => 7,
                "a fortnight ago" or "fortnight ago" => 14,
                "先月" or "せんげつ" or "last month" => 30,
                _ => null,
            };
        }

        if (m.Groups["kana"].Success)
        {
            return Array.IndexOf(["", "", "ふつか", "みっか", "よっか", "", "むいか", "なのか", "", "", "とおか"], m.Groups["kana"].Value);
        }

        var number = m.Groups["n"].Success ? ParseNumber(m.Groups["n"].Value) : null;
        if (number is not { } n)
        {
            return null;
        }

        return m.Groups["unit"].Value switch
        {
            "日" or "にち" or "か" or "day" or "days" => n,
            "週" or "週間" or "week" or "weeks" => n * 7,
            _ => n * 30,
        };
    }

    private static DateOnly? AbsoluteDate(Match m, DateOnly today)
    {
        var monthText = m.Groups["month"].Value;
        var month = int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric)
            ? numeric
            : Array.FindIndex(MonthNames, name => monthText.StartsWith(name, StringComparison.Ordinal)) + 1;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return null;
        }

        if (m.Groups["year"].Success)
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        for (var year = today.Year; year >= today.Year - 1; year--)
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) <= today)
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    // Indexed as DayOfWeek: Sunday first.
    private static readonly string[] WeekdayNames = ["日", "月", "火", "水", "木", "金", "土"];
    private static readonly string[] EnglishWeekdays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    [GeneratedRegex(
        @"(?:先週の?\s*)?(?<day>[月火水木金土日])曜(?:日)?"
        + @"|(?<![a-z])(?:last|on|this past|past)\s+(?<day>sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static int? ParseNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n is > 0 and < 1000 ? n : null;
        }

        switch (text)
        {
            case "a" or "an" or "one":
                return 1;
            case "couple of" or "a couple of":
                return 2;
            case "few" or "a few":
                return 3;
        }

        var english = Array.IndexOf(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], text);
        if (english >= 0)
        {
            return english + 2;
        }

        // Kanji numerals up to 99: 三, 十, 十五, 二十, 三十一.
        const string digits = "一二三四五六七八九";
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 ? digits.IndexOf(text[0], StringComparison.Ordinal) + 1 : null;
        }

        var tens = ten == 0 ? 1 : digits.IndexOf(text[0], StringComparison.Ordinal) + 1;
        var ones = ten == text.Length - 1 ? 0 : digits.IndexOf(text[^1], StringComparison.Ordinal) + 1;
        return tens * 10 + ones;
    }

    [GeneratedRegex(
        @"(?<n>" + JapaneseNumber + @")\s*(?<unit>日|にち|週間|週|か月|ゕ月|ゖ月|ヶ月|箇月|か)\s*(?:くらい|ぐらい|位|ほど|程|ちょっと|近く)?\s*(?:前|まえ)"
        + @"|(?<n>" + JapaneseNumber + @")\s*(?<unit>日|週間|か月|ヶ月)\s*(?:が|も|以上)?\s*(?:たって|経って|たった|経った|経ちます|経つ|たつ|過ぎ|すぎ|になる|になります|経過)"
        + @"|(?<kana>ふつか|みっか|よっか|むいか|なのか|とおか)\s*(?:前|まえ|も|が|たって|経って|たった|経った)"
        + @"|(?<![a-z])(?<n>" + EnglishNumber + @")\s+(?<unit>days?|weeks?|months?)\s+ago(?![a-z])"
        + @"|(?<![a-z])(?<n>" + EnglishNumber + @")\s+(?<unit>days?|weeks?)\s+(?:since|after|have passed|has passed|passed)(?![a-z])"
        + @"|(?<![a-z])(?<n>" + EnglishNumber + @")\s+(?<unit>days?|weeks?)\s+(?:now|already|and\s+(?:still|nothing|no))(?![a-z])"
        + @"|(?<![a-z])so\s+(?:that's\s+|thats\s+|it's\s+|its\s+)?(?<n>" + EnglishNumber + @")\s+(?<unit>days?|weeks?)(?![a-z])"
        + @"|(?<![a-z])(?:it\s+has\s+been|it's\s+been|its\s+been|been|already)\s+(?:over\s+|about\s+|almost\s+)?(?<n>" + EnglishNumber + @")\s+(?<unit>days?|weeks?)(?![a-z])"
        + @"|(?<word>一昨日|おととい|おとつい|昨日|きのう|昨晩|昨夜|ゆうべ|今日|きょう|本日|今朝|けさ|さっき|先ほど|さきほど|先週|せんしゅう|先月|せんげつ)"
        + @"|(?<![a-z])(?<word>day before yesterday|yesterday|last night|earlier today|today|this morning|last week|last month|a fortnight ago|fortnight ago)(?![a-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(
        @"(?<![0-9])(?:(?<year>[0-9]{4})\s*[年/.\-]\s*)?(?<month>[0-9]{1,2})\s*月\s*(?<day>[0-9]{1,2})\s*日"
        + @"|(?<![0-9])(?<year>[0-9]{4})[/.\-](?<month>[0-9]{1,2})[/.\-](?<day>[0-9]{1,2})(?![0-9])"
        + @"|(?<![0-9/\-])(?<month>[0-9]{1,2})/(?<day>[0-9]{1,2})(?![0-9/])"
        + @"|(?<![a-z])(?<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?<day>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dates();
}
