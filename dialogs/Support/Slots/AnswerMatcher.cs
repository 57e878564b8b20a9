using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Slots;

/// <summary>
/// Finds which option a free-text answer means from word lists: the longest phrase contained in the folded text
/// wins; Japanese phrases match as substrings, Latin ones as whole words.
/// </summary>
public static class AnswerMatcher
{
    public static string? Best(string? text, IEnumerable<(string Id, IEnumerable<string> Phrases)> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestLength = 0;
        foreach (var (id, phrases) in options)
        {
            foreach (var phrase in phrases)
            {
                var candidate = TextNormalizer.Fold(phrase);
                if (candidate.Length > bestLength && Contains(folded, candidate))
                {
                    best = id;
                    bestLength = candidate.Length;
                }
            }
        }

        return best;
    }

    public static bool Contains(string folded, string candidate)
    {
        ArgumentNullException.ThrowIfNull(folded);
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.Length == 0)
        {
            return false;
        }

        return TextNormalizer.ContainsJapanese(candidate)
            ? folded.Contains(candidate, StringComparison.Ordinal)
            : ContainsWord(folded, candidate);
    }

    // A Latin candidate must stand as a word: no ASCII letter or digit right before or after it. A plain scan rather
    // than a regex built per candidate, which cost a regex parse per button on every answer.
    private static bool ContainsWord(string folded, string candidate)
    {
        for (var at = folded.IndexOf(candidate, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(candidate, at + 1, StringComparison.Ordinal))
        {
            var end = at + candidate.Length;
            if ((at == 0 || !IsWordChar(folded[at - 1])) && (end == folded.Length || !IsWordChar(folded[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
