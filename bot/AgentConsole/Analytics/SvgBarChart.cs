using System.Globalization;
using System.Text;
using static SupportBot.Bot.AgentConsole.Analytics.AnalyticsHtml;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>
/// A horizontal bar chart as inline SVG (no script, no external file): labels on the left, bars scaled to the largest
/// value, the figure after each bar; a highlighted part (abandoned, "no") is drawn over the start of its bar.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 760;
    private const int LabelWidth = 300;
    private const int ValueWidth = 90;
    private const int RowHeight = 26;
    private const int BarHeight = 18;
    private const int LabelCharacters = 30;

    public static string Render(string title, IReadOnlyList<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (bars.Count == 0)
        {
            return "<p class=\"empty\">データなし / No data</p>";
        }

        var max = Math.Max(1, bars.Max(b => b.Value));
        var span = Width - LabelWidth - ValueWidth;
        var height = bars.Count * RowHeight + 4;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{E(title)}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight + 4;
            var length = Length(bar.Value, max, span);
            var label = bar.Label.Length > LabelCharacters ? bar.Label[..(LabelCharacters - 1)] + "…" : bar.Label;
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar\"><title>{E(bar.Label)}: {E(bar.Display)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 4}\" text-anchor=\"end\">{E(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"value\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{Number(length)}\" height=\"{BarHeight}\" rx=\"2\"/>");
            if (bar.Highlight > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"highlight\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{Number(Length(bar.Highlight, max, span))}\" height=\"{BarHeight}\" rx=\"2\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"figure\" x=\"{Number(LabelWidth + length + 6)}\" y=\"{y + BarHeight - 4}\">{E(bar.Display)}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static double Length(double value, double max, int span) => Math.Max(value > 0 ? 2 : 0, value / max * span);
}
