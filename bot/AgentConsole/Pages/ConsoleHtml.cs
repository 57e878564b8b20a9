using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SupportBot.Bot.AgentConsole.Pages;

/// <summary>HTML encoding for every value that reaches a console page; Japanese stays readable, markup never survives.</summary>
public static class ConsoleHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encodes text for an element's content or a quoted attribute value.</summary>
    public static string E(string? text) => Encoder.Encode(text ?? string.Empty);
}
