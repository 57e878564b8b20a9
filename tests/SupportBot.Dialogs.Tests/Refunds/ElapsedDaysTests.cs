using SupportBot.Dialogs.Refunds;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Refunds;

public sealed class ElapsedDaysTests
{
    // 2026-11-26 12:00 in Japan.
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, int?> Cases => new()
    {
        { "3日前", 3 },
        { "３日前にキャンセルしました", 3 },
        { "10 days ago", 10 },
        { "2週間前", 14 },
        { "昨日", 1 },
        { "おととい", 2 },
        { "today", 0 },
        { "11/20", 6 },
        { "11月20日", 6 },
        { "2026-11-01", 25 },
        { "12/1", 360 },
        { "けっこう前", null },
        { "2026-12-01", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_reads_days_ago_and_dates_in_japan_time(string text, int? expected) =>
        Assert.Equal(expected, ElapsedDays.Parse(text, Now));
}
