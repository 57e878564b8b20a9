using System.Buffers;
using System.Text.RegularExpressions;
using SupportBot.Understanding;

namespace SupportBot.Bot.Storage.Pii;

/// <summary>
/// Masks order numbers, phone numbers and e-mail addresses in text written to transcripts and logs.
/// Works on the text as typed (half- or full-width digits, any dash) so everything else stays byte for byte.
/// </summary>
public sealed partial class PiiMasker
{
    public const string OrderMask = "[ORDER]";
    public const string PhoneMask = "[PHONE]";
    public const string EmailMask = "[EMAIL]";

    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789０１２３４５６７８９@＠");

    public static PiiMasker Instance { get; } = new();

    public string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        // Every pattern needs a digit or an at sign. Circled digits (U+2460–24FF) and mathematical digits (surrogate
        // pairs) fold to digits, so they count too; all three scans are vectorised, as most replies have none.
        var span = text.AsSpan();
        if (!span.ContainsAny(Triggers) && !span.ContainsAnyInRange('\u2460', '\u24FF') && !span.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }

        // E-mail first (its digits must not be taken for a phone), then order numbers, which would also look like long
        // phone numbers. Order numbers and phones are found by recognition's own extractors, on the folded text, so
        // whatever the bot reads as one (any width, circled digits, spaced dashes, の) is masked here too.
        var masked = EmailPattern().Replace(text, EmailMask);
        masked = Replace(masked, OrderNumberExtractor.FindAll, OrderMask);
        return Replace(masked, PhoneNumberExtractor.FindAll, PhoneMask);
    }

    private static string Replace(string text, Func<FoldedText, IReadOnlyList<EntityMatch>> find, string mask)
    {
        var folded = FoldedText.From(text);
        var matches = find(folded);
        if (matches.Count == 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text);
        foreach (var match in matches.OrderByDescending(m => m.Start))
        {
            var start = folded.OriginalStart(match.Start);
            var end = folded.OriginalEnd(match.End);
            result.Remove(start, end - start).Insert(start, mask);
        }

        return result.ToString();
    }

    [GeneratedRegex(@"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９._%+\-．＿＋－]+[@＠][A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-－]+(?:[.．][A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-－]+)*[.．][A-Za-zＡ-Ｚａ-ｚ]{2,}")]
    private static partial Regex EmailPattern();
}
