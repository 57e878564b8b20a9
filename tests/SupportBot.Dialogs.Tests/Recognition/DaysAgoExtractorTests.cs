using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class DaysAgoExtractorTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    public static TheoryData<string, int, string> Found => new()
    {
        { "3日前", 3, "2026-11-23" },
        { "3日たっても返金されない", 3, "2026-11-23" },
        { "もう みっかも まってんねん", 3, "2026-11-23" },
        { "It has been 10 days since I cancelled", 10, "2026-11-16" },
        { "5 days since the cancellation", 5, "2026-11-21" },
        { "cancelled last Monday, debit card", 3, "2026-11-23" },
        { "月曜にキャンセルしました", 3, "2026-11-23" },
        { "先週の月曜日にキャンセルしました", 10, "2026-11-16" },
        { "３日前に注文しました", 3, "2026-11-23" },
        { "三日前", 3, "2026-11-23" },
        { "十日まえ", 10, "2026-11-16" },
        { "5 にちまえ", 5, "2026-11-21" },
        { "4カ マエ ニ トリケシタ", 4, "2026-11-22" },
        { "本日から数えて四日前になります", 4, "2026-11-22" },
        { "キャンセルから本日でちょうど十日が経過いたしました", 10, "2026-11-16" },
        { "3日前にキャンセルしたのに今日届いた", 3, "2026-11-23" },
        { "あ、昨日じゃなくておとといだ。もう2日", 2, "2026-11-24" },
        { "was 4 days ago. no wait, 6 days ago", 6, "2026-11-20" },
        { "so eight days ago, not yesterday", 8, "2026-11-18" },
        { "10日前にキャンセルしたけど、間違いなく今日もまだ返金がない", 10, "2026-11-16" },
        { "昨日じゃないかな", 1, "2026-11-25" },
        { "一週間前", 7, "2026-11-19" },
        { "1週間前", 7, "2026-11-19" },
        { "2週間前かな", 14, "2026-11-12" },
        { "That was a fortnight ago, and not a single yen has come back", 14, "2026-11-12" },
        { "ちごた 先週の金曜やから 5日まえやちゃ", 5, "2026-11-21" },
        { "昨日キャンセルしました。2週間前に注文したものです", 1, "2026-11-25" },
        { "先週", 7, "2026-11-19" },
        { "昨日", 1, "2026-11-25" },
        { "きのう頼んだ", 1, "2026-11-25" },
        { "おととい", 2, "2026-11-24" },
        { "一昨日", 2, "2026-11-24" },
        { "今日", 0, "2026-11-26" },
        { "1ヶ月前", 30, "2026-10-27" },
        { "5 days ago", 5, "2026-11-21" },
        { "a week ago", 7, "2026-11-19" },
        { "two weeks ago", 14, "2026-11-12" },
        { "yesterday", 1, "2026-11-25" },
        { "the day before yesterday", 2, "2026-11-24" },
        { "last week", 7, "2026-11-19" },
        { "11月20日", 6, "2026-11-20" },
        { "１１月２０日に注文", 6, "2026-11-20" },
        { "11/20", 6, "2026-11-20" },
        { "2026-11-20", 6, "2026-11-20" },
        { "2026年11月20日", 6, "2026-11-20" },
        { "12月30日", 331, "2025-12-30" },
        { "on Nov 20th", 6, "2026-11-20" },
        { "3週間くらい前", 21, "2026-11-05" },
        { "10日ほど前にキャンセルした", 10, "2026-11-16" },
        { "１週間ちょっと前", 7, "2026-11-19" },
        { "2日ぐらい前です", 2, "2026-11-24" },
        { "about 3 weeks ago", 21, "2026-11-05" },
        { "But it is 9 days now and still no refund", 9, "2026-11-17" },
        { "5 days and still nothing", 5, "2026-11-21" },
        { "tuesday. so 5 days, but with the weekend in the middle", 5, "2026-11-21" },
        { "It was last Tuesday, so eight days ago, not yesterday.", 8, "2026-11-18" },
        { "キャンセルして10日たっても返金されないんですが、どうしたらいいですか", 10, "2026-11-16" },
        { "月曜にキャンセルしたのに、今日見てもまだ返金されていません", 3, "2026-11-23" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Find_gives_days_ago_and_date_relative_to_today(string text, int daysAgo, string date)
    {
        var found = DaysAgoExtractor.Find(FoldedText.From(text), Today);

        Assert.Equal(daysAgo, Assert.Single(found, m => m.Key == SupportEntities.DaysAgo).Value);
        Assert.Equal(date, Assert.Single(found, m => m.Key == SupportEntities.Date).Value);
    }

    [Theory]
    [InlineData("キャンセルしたい")]
    [InlineData("3個買った")]
    [InlineData("refunds take 3 to 5 business days")]
    [InlineData("一週間たってももどらなかったら？")]
    [InlineData("13/45")]
    [InlineData("I want to cancel")]
    [InlineData("in 3 days")]
    public void Find_gives_nothing_when_no_time_is_said(string text)
    {
        Assert.Empty(DaysAgoExtractor.Find(FoldedText.From(text), Today));
    }

    [Fact]
    public void Find_ignores_digits_that_belong_to_an_order_number()
    {
        var text = FoldedText.From("250-1234567-1234567");
        var orderNumber = OrderNumberExtractor.Find(text)!;

        Assert.Empty(DaysAgoExtractor.Find(text, Today, [orderNumber]));
    }
}
