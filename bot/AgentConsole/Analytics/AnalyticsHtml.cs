using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>Encoding for everything the page writes: customer-derived text is always encoded, Japanese stays readable.</summary>
public static class AnalyticsHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    public static string Percent(double rate) => rate.ToString("0.0%", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
