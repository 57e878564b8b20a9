using System.Text.RegularExpressions;

namespace SupportBot.Understanding;

/// <summary>
/// Finds an order number (3-7-7 digits) in what a customer typed, in any width, with dashes of any kind, の, dots,
/// spaces or nothing between the groups, inside a sentence. Digit runs of other lengths (phone numbers, longer ids) are rejected.
/// </summary>
public static partial class OrderNumberExtractor
{
    /// <summary>The first order number in <paramref name="text"/>, as 123-1234567-1234567.</summary>
    public static bool TryExtract(string? text, out string normalized)
    {
        var match = Find(FoldedText.From(text));
        normalized = (string?)match?.Value ?? string.Empty;
        return match is not null;
    }

    /// <summary>True when the whole answer is an order number (surrounding spaces and punctuation allowed).</summary>
    public static bool IsValidAnswer(string? text, out string normalized)
    {
        var folded = FoldedText.From(text);
        var match = Find(folded);
        normalized = (string?)match?.Value ?? string.Empty;
        if (match is null)
        {
            return false;
        }

        var rest = folded.Value[..match.Start] + folded.Value[match.End..];
        return !rest.Any(char.IsLetterOrDigit);
    }

    /// <summary>The first order number in folded text, with its span in the folded value.</summary>
    public static EntityMatch? Find(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = OrderNumber().Match(text.Value);
        if (!match.Success)
        {
            return null;
        }

        var value = $"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}";
        return new EntityMatch(SupportEntities.OrderNumber, value, match.Index, match.Index + match.Length);
    }

    /// <summary>Every order number in folded text, with its span in the folded value (masking uses this too).</summary>
    public static IReadOnlyList<EntityMatch> FindAll(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. OrderNumber().Matches(text.Value).Select(m => new EntityMatch(
            SupportEntities.OrderNumber, $"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", m.Index, m.Index + m.Length))];
    }

    // Separator: nothing, or one dash (folded text has '-' for every dash but the long vowel mark ー), の as when read
    // aloud or by voice input (「250の1234567の…」), a dot, comma or slash, within spaces.
    [GeneratedRegex(@"(?<![0-9])([0-9]{3})(?:\s*[-\u30FCの・.,/、]\s*|\s+)?([0-9]{7})(?:\s*[-\u30FCの・.,/、]\s*|\s+)?([0-9]{7})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OrderNumber();
}
