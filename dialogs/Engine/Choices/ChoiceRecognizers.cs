using System.Globalization;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>
/// Finds which choice an utterance means, in order: exact match of value, title or synonym; Japanese substring
/// or Latin token search; ordinal ("2番目", "second"); bare number (index n-1). Input is NFKC-folded first.
/// </summary>
public static partial class ChoiceRecognizers
{
    private const int MaxTokenGap = 2;

    private static readonly Dictionary<string, int> EnglishOrdinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5,
        ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
    };

    private static readonly Dictionary<char, int> KanjiDigits = new()
    {
        ['一'] = 1, ['二'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5,
        ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9, ['十'] = 10,
    };

    /// <summary>All matches, best first; empty when nothing matched.</summary>
    public static IReadOnlyList<FoundChoice> RecognizeChoices(string? utterance, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var folded = TextNormalizer.Fold(utterance);
        if (folded.Length == 0 || choices.Count == 0)
        {
            return [];
        }

        var exact = FindExact(folded, choices);
        if (exact.Count > 0)
        {
            return exact;
        }

        var partial = FindPartial(folded, choices);
        if (partial.Count > 0)
        {
            return partial;
        }

        var position = FindOrdinal(folded) ?? FindNumber(folded);
        return position is { } n && n >= 1 && n <= choices.Count
            ? [new FoundChoice { Value = choices[n - 1].Value, Index = n - 1, Score = 1.0f }]
            : [];
    }

    private static IEnumerable<string> Candidates(Choice choice)
    {
        yield return choice.Value;
        if (!string.IsNullOrEmpty(choice.Action?.Title))
        {
            yield return choice.Action.Title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static List<FoundChoice> FindExact(string folded, IList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var candidate in Candidates(choices[i]))
            {
                if (TextNormalizer.Fold(candidate) == folded)
                {
                    return [new FoundChoice { Value = choices[i].Value, Index = i, Score = 1.0f, Synonym = candidate }];
                }
            }
        }

        return [];
    }

    private static List<FoundChoice> FindPartial(string folded, IList<Choice> choices)
    {
        var utteranceTokens = TextNormalizer.Tokenize(folded);
        var found = new List<FoundChoice>();
        for (var i = 0; i < choices.Count; i++)
        {
            FoundChoice? best = null;
            foreach (var candidate in Candidates(choices[i]))
            {
                var score = Score(folded, utteranceTokens, TextNormalizer.Fold(candidate));
                if (score > 0 && (best is null || score > best.Score))
                {
                    best = new FoundChoice { Value = choices[i].Value, Index = i, Score = score, Synonym = candidate };
                }
            }

            if (best is not null)
            {
                found.Add(best);
            }
        }

        return [.. found.OrderByDescending(f => f.Score).ThenBy(f => f.Index)];
    }

    /// <summary>Japanese is not split into words, so it matches as a substring; Latin text as tokens in order.</summary>
    private static float Score(string folded, IReadOnlyList<string> utteranceTokens, string candidate)
    {
        if (candidate.Length == 0)
        {
            return 0;
        }

        if (TextNormalizer.ContainsJapanese(candidate))
        {
            return folded.Contains(candidate, StringComparison.Ordinal) ? (float)candidate.Length / folded.Length : 0;
        }

        var candidateTokens = TextNormalizer.Tokenize(candidate);
        var matched = MatchTokensInOrder(utteranceTokens, candidateTokens);
        // "I need that money" shares only "I" with "I don't know": a function word alone picks nothing.
        var content = candidateTokens.Where(t => !FunctionWords.Contains(t)).ToList();
        if (matched == 0 || (content.Count > 0 && MatchTokensInOrder(utteranceTokens, content) == 0))
        {
            return 0;
        }

        return (float)matched / candidateTokens.Count * matched / Math.Max(utteranceTokens.Count, 1);
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "a", "an", "the", "for", "of", "to", "on", "in", "at", "by", "and", "or", "it", "i", "my", "t", "s", "don", "do" };

    private static int MatchTokensInOrder(IReadOnlyList<string> utterance, IReadOnlyList<string> candidate)
    {
        var matched = 0;
        var position = -1;
        foreach (var token in candidate)
        {
            var limit = position < 0 ? utterance.Count : Math.Min(utterance.Count, position + MaxTokenGap + 2);
            for (var j = position + 1; j < limit; j++)
            {
                if (utterance[j] == token)
                {
                    matched++;
                    position = j;
                    break;
                }
            }
        }

        return matched;
    }

    private static int? FindOrdinal(string folded)
    {
        var japanese = JapaneseOrdinal().Match(folded);
        if (japanese.Success)
        {
            return ParseJapaneseNumber(japanese.Groups["n"].Value);
        }

        var english = EnglishOrdinal().Match(folded);
        if (english.Success)
        {
            return int.Parse(english.Groups["n"].Value, CultureInfo.InvariantCulture);
        }

        foreach (var token in TextNormalizer.Tokenize(folded))
        {
            if (EnglishOrdinals.TryGetValue(token, out var n))
            {
                return n;
            }
        }

        return null;
    }

    private static int? FindNumber(string folded)
    {
        var match = BareNumber().Match(folded);
        return match.Success && int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static int? ParseJapaneseNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        return text.Length == 1 && KanjiDigits.TryGetValue(text[0], out var kanji) ? kanji : null;
    }

    [GeneratedRegex(@"(?<n>[0-9]{1,3}|[一二三四五六七八九十])\s*(?:番目|つ目|個目|番|つめ|こめ)")]
    private static partial Regex JapaneseOrdinal();

    [GeneratedRegex(@"\b(?<n>[0-9]{1,3})\s*(?:st|nd|rd|th)\b")]
    private static partial Regex EnglishOrdinal();

    [GeneratedRegex(@"^(?:no\.?|#)?\s*(?<n>[0-9]{1,3})\s*(?:です|でお願いします|で)?$")]
    private static partial Regex BareNumber();
}
