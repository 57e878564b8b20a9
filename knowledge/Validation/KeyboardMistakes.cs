using System.Text.RegularExpressions;

namespace SupportBot.Knowledge.Validation;

/// <summary>
/// The mistakes a Japanese keyboard makes in YAML, found before the parser would report them in its own terms:
/// a full-width space or a tab in the indentation, a full-width colon after a key, a full-width list dash, a key
/// with no space after its colon.
/// </summary>
internal static partial class KeyboardMistakes
{
    public static IEnumerable<(int Line, int Column, (string Ja, string En) Message)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var j = 0;
            (int, int, (string, string))? found = null;
            while (j < line.Length && line[j] is ' ' or '\t' or '\u3000')
            {
                if (line[j] != ' ')
                {
                    found = (i + 1, j + 1, line[j] == '\t' ? ValidationMessages.TabIndent() : ValidationMessages.FullWidthSpaceIndent());
                    break;
                }

                j++;
            }

            if (found is { } indent)
            {
                yield return indent;
                continue;
            }

            var rest = line[j..];
            if (rest.Length >= 2 && rest[0] is '－' or 'ー' or '−' or '‐' && rest[1] is ' ' or '\u3000')
            {
                yield return (i + 1, j + 1, ValidationMessages.FullWidthDash());
                continue;
            }

            if (FullWidthColonKey().Match(rest) is { Success: true } colon)
            {
                yield return (i + 1, j + colon.Groups["key"].Index + colon.Groups["key"].Length + 1, ValidationMessages.FullWidthColon(colon.Groups["key"].Value));
                continue;
            }

            if (NoSpaceKey().Match(rest) is { Success: true } tight)
            {
                yield return (i + 1, j + tight.Groups["key"].Index + tight.Groups["key"].Length + 2, ValidationMessages.MissingSpaceAfterColon(tight.Groups["key"].Value));
            }
        }
    }

    [GeneratedRegex(@"^(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_.\-]*)\s*：")]
    private static partial Regex FullWidthColonKey();

    // "ja:テキスト": without the space YAML reads one string, not a key and its text. URLs (ja://) are left alone.
    [GeneratedRegex(@"^(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):(?=[^\s:/])")]
    private static partial Regex NoSpaceKey();
}
