using SupportBot.Knowledge;

namespace SupportBot.Understanding;

/// <summary>
/// Stage, seller and payment method from the vocabulary's phrases. All three are matched together so that a longer
/// phrase of one kind ("convenience store") beats a shorter one of another inside it ("store").
/// </summary>
public sealed class VocabularyEntityExtractor
{
    private const string NotAFact = "none:none";

    private readonly PhraseMatcher _matcher;

    public VocabularyEntityExtractor(RecognizerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _matcher = new PhraseMatcher(
            Keyed(SupportEntities.Stage, vocabulary.Stages, KnowledgeIds.Id)
                .Concat(Keyed(SupportEntities.Seller, vocabulary.Sellers, KnowledgeIds.Id))
                .Concat(Keyed(SupportEntities.PaymentMethod, vocabulary.Payments, KnowledgeIds.Id))
                .Concat(vocabulary.NotFacts.All.Select(p => (NotAFact, p))));
    }

    public IEnumerable<string> LatinWords => _matcher.LatinWords;

    /// <summary>At most one match per entity key: the longest phrase of that kind not inside a longer phrase.</summary>
    public IReadOnlyList<EntityMatch> Find(string folded)
    {
        // A phrase that states no fact (「メールが届きました」) hides every fact word it overlaps, and is dropped itself.
        var matches = _matcher.Matches(folded);
        var notFacts = matches.Where(m => m.Key == NotAFact).ToList();
        var kept = PhraseMatcher.Longest(matches.Where(m => m.Key != NotAFact && !notFacts.Any(n => n.Overlaps(m))));
        return kept
            .GroupBy(m => Split(m.Key).Entity)
            .Select(g => g.OrderByDescending(m => m.Length).ThenBy(m => m.Start).First())
            .Select(m => new EntityMatch(Split(m.Key).Entity, Split(m.Key).Id, m.Start, m.End))
            .ToList();
    }

    private static IEnumerable<(string Key, string Phrase)> Keyed<T>(string entity, IReadOnlyDictionary<T, Phrases> values, Func<T, string> id)
        where T : notnull =>
        values.SelectMany(v => v.Value.All.Select(p => ($"{entity}:{id(v.Key)}", p)));

    private static (string Entity, string Id) Split(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return (key[..colon], key[(colon + 1)..]);
    }
}
