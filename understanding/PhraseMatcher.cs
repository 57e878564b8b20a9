using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Understanding;

/// <summary>
/// Finds vocabulary phrases in folded text: Japanese phrases anywhere, Latin phrases as whole words (an English
/// inflection such as -s, -ed, -ing, -ation may follow a word of four letters or more).
/// </summary>
public sealed class PhraseMatcher
{
    private static readonly string[] Suffixes = ["lation", "ation", "ling", "ing", "led", "ed", "es", "s", "d"];

    private readonly IReadOnlyList<(string Key, string Phrase, bool Latin, bool Inflects)> _phrases;

    public PhraseMatcher(IEnumerable<(string Key, string Phrase)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = phrases
            .Select(p => (p.Key, Phrase: FoldedText.FoldPhrase(p.Phrase)))
            .Where(p => p.Phrase.Length > 0)
            .Distinct()
            .Select(p => (p.Key, p.Phrase, Latin: !TextNormalizer.ContainsJapanese(p.Phrase), Inflects: LastWordLength(p.Phrase) >= 4))
            .ToList();
    }

    /// <summary>Every Latin word of the phrases, for spelling correction.</summary>
    public IEnumerable<string> LatinWords =>
        _phrases.Where(p => p.Latin).SelectMany(p => p.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public IReadOnlyList<EntityMatch> Matches(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<EntityMatch>();
        foreach (var (key, phrase, latin, inflects) in _phrases)
        {
            for (var index = text.IndexOf(phrase, StringComparison.Ordinal); index >= 0; index = text.IndexOf(phrase, index + 1, StringComparison.Ordinal))
            {
                if (!latin)
                {
                    found.Add(new EntityMatch(key, phrase, index, index + phrase.Length));
                    continue;
                }

                if (IsWordChar(text, index - 1))
                {
                    continue;
                }

                var end = index + phrase.Length;
                if (IsWordChar(text, end) && inflects)
                {
                    end += Suffixes.FirstOrDefault(s => string.CompareOrdinal(text, end, s, 0, s.Length) == 0 && !IsWordChar(text, end + s.Length))?.Length ?? 0;
                }

                if (!IsWordChar(text, end))
                {
                    found.Add(new EntityMatch(key, phrase, index, end));
                }
            }
        }

        return found;
    }

    /// <summary>Keeps the longest matches that do not overlap a longer one (ties: the earlier in the list wins).</summary>
    public static IReadOnlyList<EntityMatch> Longest(IEnumerable<EntityMatch> matches)
    {
        var kept = new List<EntityMatch>();
        foreach (var match in matches.OrderByDescending(m => m.Length))
        {
            if (!kept.Any(k => k.Overlaps(match)))
            {
                kept.Add(match);
            }
        }

        return kept;
    }

    /// <summary>Drops matches that lie inside a longer match (partial overlaps stay: both phrases were said).</summary>
    public static IReadOnlyList<EntityMatch> Outermost(IReadOnlyList<EntityMatch> matches) =>
        matches.Where(m => !matches.Any(o => o.Length > m.Length && o.Start <= m.Start && m.End <= o.End)).ToList();

    internal static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsAsciiLetterOrDigit(text[index]);

    private static int LastWordLength(string phrase) => phrase.Split(' ')[^1].Length;
}
