using System.Text.RegularExpressions;

namespace SupportBot.Understanding;

/// <summary>
/// Finds Japanese phone numbers in folded text (so any width, circled or mathematical digits): 090-1234-5678 with any
/// dash, dot, space or parentheses between the groups (「(090)1234-5678」, 「090 - 1234 - 5678」), 0312345678, +81 90 ...
/// The bot does not ask for phones; this is the one definition that masking uses, so what a customer typed is never
/// stored readable.
/// </summary>
public static partial class PhoneNumberExtractor
{
    public const string Entity = "phoneNumber";

    public static IReadOnlyList<EntityMatch> FindAll(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<EntityMatch>();
        foreach (Match match in Phone().Matches(text.Value))
        {
            // A number of 10 or 11 digits (trunk 0 included); +81 drops the 0.
            var digits = match.Value.Count(char.IsAsciiDigit);
            var international = match.Value.TrimStart('(').StartsWith('+');
            if (international ? digits is >= 11 and <= 13 : digits is 10 or 11)
            {
                found.Add(new EntityMatch(Entity, match.Value, match.Index, match.Index + match.Length));
            }
        }

        return found;
    }

    // Groups with one separator between them: a dash, dot or slash within spaces, spaces alone, or parentheses. The
    // first group is the area code: 0 and 1–4 digits, in parentheses or not, or +81 and the code without its 0.
    private const string Separator = @"(?:\s*[-\u30FC.・/]\s*|\s+)";

    [GeneratedRegex(
        @"(?<![0-9])(?:\+\s*81\s*(?:\(\s*0\s*\))?" + Separator + @"?[0-9]{1,4}|\(\s*0[0-9]{1,4}\s*\)|0[0-9]{1,4})" +
        @"(?:" + Separator + @"|(?<=\))\s*)?[0-9]{1,4}" + Separator + @"?[0-9]{3,4}(?![0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
