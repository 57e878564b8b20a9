using System.Globalization;
using SupportBot.Bot.AgentConsole.Analytics;

namespace SupportBot.Bot.Tests.AgentConsole.Analytics;

public sealed class AnalyticsFormatTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+81 [PHONE]", "'+81 [PHONE]")]
    [InlineData("返品したい", "返品したい")]
    public void Csv_fields_are_quoted_when_needed_and_formulas_made_inert(string value, string expected) =>
        Assert.Equal(expected, AnalyticsCsv.Field(value));

    [Theory]
    [InlineData("返品したい！", "返品したい")]
    [InlineData("  返品　したい。 ", "返品 したい")]
    [InlineData("ＨＯＧＥ１２３", "hoge123")]
    [InlineData("Refund  please?", "refund please")]
    [InlineData("Call [PHONE] or [EMAIL]!", "call [PHONE] or [EMAIL]")]
    public void Utterances_are_grouped_by_folded_width_case_spacing_and_closing_punctuation(string text, string key) =>
        Assert.Equal(key, UtteranceKey.Of(text));

    [Theory]
    [InlineData(null, null, "2026-11-20", "2026-11-26")]
    [InlineData("2026-11-01", "2026-11-10", "2026-11-01", "2026-11-10")]
    [InlineData("2026-11-10", "2026-11-01", "2026-11-01", "2026-11-10")]
    [InlineData("not a day", "2026-11-03", "2026-10-28", "2026-11-03")]
    [InlineData("2020-01-01", "2026-11-26", "2025-11-26", "2026-11-26")]
    public void The_period_defaults_to_the_last_week_and_is_at_most_a_year(string? from, string? to, string first, string last)
    {
        var period = AnalyticsPeriod.Parse(from, to, new DateOnly(2026, 11, 26));

        Assert.Equal((first, last), (period.FirstText, period.LastText));
    }

    [Theory]
    [InlineData("09:00", "UTC+09:00", "2026-11-25T15:00:00+00:00", "2026-11-26T15:00:00+00:00")]
    [InlineData("00:00", "UTC", "2026-11-26T00:00:00+00:00", "2026-11-27T00:00:00+00:00")]
    [InlineData("-05:30", "UTC-05:30", "2026-11-26T05:30:00+00:00", "2026-11-27T05:30:00+00:00")]
    public void A_day_starts_at_midnight_of_the_store_offset(string offset, string zone, string since, string until)
    {
        var period = new AnalyticsPeriod(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 26), TimeSpan.Parse(offset, CultureInfo.InvariantCulture));

        Assert.Equal(zone, period.ZoneText);
        Assert.Equal(DateTimeOffset.Parse(since, CultureInfo.InvariantCulture), period.Since);
        Assert.Equal(DateTimeOffset.Parse(until, CultureInfo.InvariantCulture), period.Until);
    }

    [Fact]
    public void Today_is_the_date_at_the_store_offset()
    {
        var now = new DateTimeOffset(2026, 11, 26, 21, 40, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 27), AnalyticsPeriod.Today(now, TimeSpan.FromHours(9)));
        Assert.Equal(new DateOnly(2026, 11, 26), AnalyticsPeriod.Today(now, TimeSpan.Zero));
    }

    [Fact]
    public void Bars_are_scaled_to_the_largest_value_and_their_figures_written_after_them_inside_the_chart()
    {
        var svg = SvgBarChart.Render("t", [new ChartBar("a", 4, "4"), new ChartBar("b", 1, "1")]);

        Assert.Contains("<rect class=\"value\" x=\"300\" y=\"4\" width=\"370\"", svg, StringComparison.Ordinal);
        Assert.Contains("<rect class=\"value\" x=\"300\" y=\"30\" width=\"92.5\"", svg, StringComparison.Ordinal);
        Assert.Contains("<text class=\"figure\" x=\"676\" y=\"18\">4</text>", svg, StringComparison.Ordinal);
        Assert.Contains("<text class=\"figure\" x=\"398.5\" y=\"44\">1</text>", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Chart_labels_and_figures_are_HTML_encoded()
    {
        var svg = SvgBarChart.Render("t", [new ChartBar("<script>alert(1)</script>", 3, "3 & more")]);

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("3 &amp; more", svg, StringComparison.Ordinal);
    }
}
