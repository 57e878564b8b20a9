using System.Text.RegularExpressions;
using SupportBot.Knowledge;

namespace SupportBot.Understanding;

/// <summary>
/// Scores intents by the vocabulary's phrases: a match inside a longer one is dropped (so 「キャンセルできない」 is
/// CancelFailed, not CancelOrder), negated requests are dropped (「キャンセルしないで」, "don't cancel"), and a
/// specific problem beats a plain request (ShippedAnyway, WithdrawCancel, CancelFailed... over CancelOrder).
/// </summary>
public sealed partial class IntentScorer
{
    // Higher tiers win whatever the phrase length: a problem report over a request, a request over small talk.
    private static readonly Dictionary<string, int> Tiers = new(StringComparer.Ordinal)
    {
        [SupportIntents.ShippedAnyway] = 3,
        [SupportIntents.WithdrawCancel] = 3,
        [SupportIntents.CancelRejected] = 3,
        [SupportIntents.CancelFailed] = 3,
        [SupportIntents.RefundStatus] = 3,
        [SupportIntents.RefuseDelivery] = 3,
        [SupportIntents.ReturnItem] = 3,
        [SupportIntents.Human] = 3,
        [SupportIntents.CancelOrder] = 2,
        [SupportIntents.StartOver] = 2,
        [SupportIntents.Quit] = 2,
        [SupportIntents.Faq] = 1,
        [SupportIntents.Help] = 1,
        [SupportIntents.Greeting] = 0,
    };

    // Requests that a negation turns into their opposite ("don't cancel" is not a cancellation).
    private static readonly HashSet<string> Negatable = [SupportIntents.CancelOrder, SupportIntents.ReturnItem, SupportIntents.RefuseDelivery];

    private readonly PhraseMatcher _matcher;

    public IntentScorer(RecognizerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _matcher = new PhraseMatcher(vocabulary.Intents
            .Where(i => Tiers.ContainsKey(i.Key))
            .SelectMany(i => i.Value.All.Select(p => (i.Key, p))));
    }

    public IEnumerable<string> LatinWords => _matcher.LatinWords;

    /// <summary>Intent → score in 0..1, best first; empty when nothing matched. The stage found lets <see cref="ShippedAnywayRule"/> apply.</summary>
    public IReadOnlyList<(string Intent, double Score)> Score(string folded, EntityMatch? stage = null)
    {
        var matches = _matcher.Matches(folded).Where(m => !(Negatable.Contains(m.Key) && IsNegated(folded, m))).ToList();
        if (ShippedAnywayRule.Find(folded, stage) is { } shippedAnyway)
        {
            matches.Add(shippedAnyway);
        }

        var kept = PhraseMatcher.Outermost(matches);
        var ranked = kept
            .GroupBy(m => m.Key)
            .Select(g => (Intent: g.Key, Length: g.Max(m => m.Length), Covered: g.Sum(m => m.Length)))
            .OrderByDescending(i => Tiers[i.Intent])
            .ThenByDescending(i => i.Length)
            .ThenBy(i => Order(i.Intent))
            .ToList();
        var letters = Math.Max(1, folded.Count(char.IsLetterOrDigit));
        var result = new List<(string, double)>();
        var previous = 1.0;
        foreach (var (intent, length, covered) in ranked)
        {
            // Confidence grows with the share of the message the intent's phrases explain; the best stays on top.
            var score = Math.Round(Math.Min(previous, 0.6 + (0.4 * Math.Min(1.0, (double)covered / letters))), 2);
            result.Add((intent, score));
            previous = Math.Max(0.05, score - 0.05);
        }

        return result;
    }

    public static bool IsNegatable(string intent) => Negatable.Contains(intent);

    /// <summary>The requests whose phrases appear negated in the message (「キャンセルしないで」, "don't cancel").</summary>
    public IReadOnlySet<string> Negated(string folded) =>
        _matcher.Matches(folded).Where(m => Negatable.Contains(m.Key) && IsNegated(folded, m)).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);

    private static int Order(string intent)
    {
        for (var i = 0; i < SupportIntents.All.Count; i++)
        {
            if (SupportIntents.All[i] == intent)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static bool IsNegated(string text, EntityMatch match) =>
        JapaneseNegationAfter().IsMatch(text[match.End..]) || EnglishNegationBefore().IsMatch(text[..match.Start]);

    [GeneratedRegex(@"^[はをもと\s]{0,2}(?:しない|しません|しなく|せず|したくない|したくありません|不要|いらない|じゃない|ではない|でない|ではありません|でありません)", RegexOptions.CultureInvariant)]
    private static partial Regex JapaneseNegationAfter();

    [GeneratedRegex(@"(?<![a-z])(?:dont|do not|not|never|no need to|didnt mean to|wont)(?:\s+[a-z]+){0,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNegationBefore();
}
