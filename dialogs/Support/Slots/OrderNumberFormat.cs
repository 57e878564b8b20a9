using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Slots;

/// <summary>
/// The store's order number, 3-7-7 digits (250-1234567-1234567). The recognizer normally extracts it; this is the
/// dialogs' own check so a recognizer that missed it (or none at all) still gets full-width and dash-less input right.
/// </summary>
public static partial class OrderNumberFormat
{
    public static string? Normalize(string? text)
    {
        var match = OrderNumber().Match(TextNormalizer.Normalize(text));
        return match.Success ? $"{match.Groups[1].Value}-{match.Groups[2].Value}-{match.Groups[3].Value}" : null;
    }

    public static bool IsCanonical(string? value) => value is not null && Canonical().IsMatch(value);

    /// <summary>
    /// True for digits grouped like an order number but with a group too short or too long (「250-7730021-645118」): the
    /// customer meant to give it, so the format is what to tell them.
    /// </summary>
    public static bool IsMistyped(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return Normalize(normalized) is null && Mistyped().IsMatch(normalized);
    }

    [GeneratedRegex(@"(?<!\d)(\d{3})[\s-]?(\d{7})[\s-]?(\d{7})(?!\d)")]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"(?<![\d-])\d{2,4}[\s-]\d{5,9}[\s-]\d{5,9}(?![\d-])")]
    private static partial Regex Mistyped();

    [GeneratedRegex(@"^\d{3}-\d{7}-\d{7}$")]
    private static partial Regex Canonical();
}
