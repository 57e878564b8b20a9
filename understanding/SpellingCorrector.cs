using System.Text.RegularExpressions;

namespace SupportBot.Understanding;

/// <summary>
/// Fixes one-letter English typos ("cancle", "refnud", "recieved") against the vocabulary's own words: a word of
/// five letters or more that is not known becomes the single known word one edit away, if there is exactly one.
/// </summary>
public sealed partial class SpellingCorrector
{
    private readonly HashSet<string> _known;
    private readonly string[] _candidates;

    public SpellingCorrector(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _known = [.. words.Where(w => w.All(char.IsAsciiLetterLower))];
        _candidates = [.. _known.Where(w => w.Length >= 4)];
    }

    public FoldedText Correct(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var replacements = new List<(int, int, string)>();
        foreach (Match word in LatinWord().Matches(text.Value))
        {
            var token = word.Value;
            if (token.Length < 5 || _known.Contains(token) || IsInflectionOfKnown(token))
            {
                continue;
            }

            var near = _candidates.Where(c => Math.Abs(c.Length - token.Length) <= 1 && IsOneEditAway(token, c)).Take(2).ToList();
            if (near.Count == 1)
            {
                replacements.Add((word.Index, word.Length, near[0]));
            }
        }

        return text.Replace(replacements);
    }

    private static readonly string[] Suffixes = ["s", "es", "ed", "d", "ing", "led", "ling", "ation", "lation"];

    private bool IsInflectionOfKnown(string token) =>
        Suffixes.Any(s => token.EndsWith(s, StringComparison.Ordinal) && _known.Contains(token[..^s.Length]));

    // Optimal string alignment distance of exactly one: one insertion, deletion, substitution or adjacent swap.
    internal static bool IsOneEditAway(string a, string b)
    {
        if (a == b)
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return diffs.Count == 1
                || (diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]]);
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1)
        {
            return false;
        }

        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i])
        {
            i++;
        }

        return string.CompareOrdinal(shorter, i, longer, i + 1, shorter.Length - i) == 0;
    }

    [GeneratedRegex("[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();
}
