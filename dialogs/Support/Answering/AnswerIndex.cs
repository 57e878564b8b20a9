using System.Runtime.CompilerServices;
using System.Text;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Answering;

/// <summary>
/// Finds what in the knowledge base answers a question that no FAQ entry was trained to recognise ("what do I tell
/// the driver?", "do I pay the shipping back?"): BM25 over every FAQ entry and every part of the content, on character
/// bigrams for Japanese and words for English. One index per snapshot and language, built on first use.
/// </summary>
public static class AnswerIndex
{
    // BM25's usual constants: term-frequency saturation and length normalisation.
    private const double K1 = 1.2;
    private const double B = 0.75;

    // Lazy, so turns racing after a reload build one index, not one each.
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, Lazy<Built[]>> Indexes = new();

    /// <summary>The passages ranked for <paramref name="question"/>, best first, the score divided by the square root of the question's terms.</summary>
    public static IReadOnlyList<(AnswerPassage Passage, double Score)> Rank(string? question, KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var index = Indexes.GetValue(knowledge, k => new(() => [new Built(k, LocalizedText.Japanese), new Built(k, LocalizedText.English)])).Value[LocalizedText.IsEnglish(language) ? 1 : 0];
        var terms = Terms(question).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var scores = new double[index.Passages.Count];
        foreach (var term in terms)
        {
            if (!index.Postings.TryGetValue(term, out var postings))
            {
                continue;
            }

            var idf = Math.Log(1 + ((index.Passages.Count - postings.Count + 0.5) / (postings.Count + 0.5)));
            foreach (var (doc, tf) in postings)
            {
                scores[doc] += idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * index.Lengths[doc] / index.MeanLength))));
            }
        }

        return scores.Select((s, i) => (index.Passages[i], s / Math.Sqrt(terms.Count))).Where(x => x.Item2 > 0).OrderByDescending(x => x.Item2).ToList();
    }

    /// <summary>Japanese as character bigrams (kana folded, punctuation dropped); Latin text as lower-case words.</summary>
    public static IEnumerable<string> Terms(string? text)
    {
        var folded = TextNormalizer.Fold(text);
        var run = new StringBuilder();
        foreach (var c in folded + " ")
        {
            if (char.IsLetterOrDigit(c) && c < 0x80)
            {
                run.Append(c);
                continue;
            }

            if (run.Length > 1)
            {
                var word = run.ToString();
                yield return word.Length > 3 && word.EndsWith('s') ? word[..^1] : word;
            }

            run.Clear();
        }

        for (var i = 0; i + 1 < folded.Length; i++)
        {
            // Bigrams of kana alone are mostly grammar (「ない」「たら」), which every passage has: only those with a
            // kanji or katakana carry content.
            if (IsJapanese(folded[i]) && IsJapanese(folded[i + 1]) && (IsContent(folded[i]) || IsContent(folded[i + 1])))
            {
                yield return folded.Substring(i, 2);
            }
        }
    }

    private static bool IsJapanese(char c) => c is >= '\u3041' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';

    private static bool IsContent(char c) => c is >= '\u30A1' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF';

    /// <summary>The passages of one language and their postings (term → passage, frequency).</summary>
    private sealed class Built
    {
        public Built(KnowledgeSnapshot knowledge, string language)
        {
            Passages = [.. Passages_(knowledge)];
            var lengths = new List<int>();
            for (var doc = 0; doc < Passages.Count; doc++)
            {
                var terms = Terms(Passages[doc].Words.For(language)).ToList();
                lengths.Add(terms.Count);
                foreach (var group in terms.GroupBy(t => t, StringComparer.Ordinal))
                {
                    if (!Postings.TryGetValue(group.Key, out var list))
                    {
                        Postings[group.Key] = list = [];
                    }

                    list.Add((doc, group.Count()));
                }
            }

            Lengths = lengths;
            MeanLength = Math.Max(1, lengths.DefaultIfEmpty(1).Average());
        }

        public List<AnswerPassage> Passages { get; }

        public Dictionary<string, List<(int Doc, int Tf)>> Postings { get; } = new(StringComparer.Ordinal);

        public List<int> Lengths { get; }

        public double MeanLength { get; }

        private static IEnumerable<AnswerPassage> Passages_(KnowledgeSnapshot knowledge)
        {
            foreach (var entry in knowledge.Faq.Entries)
            {
                var ja = string.Join(" ", [entry.Question.Ja, .. entry.Keywords.Ja, .. entry.Examples.Ja, entry.Answer?.Ja ?? string.Empty]);
                var en = string.Join(" ", [entry.Question.En, .. entry.Keywords.En, .. entry.Examples.En, entry.Answer?.En ?? string.Empty]);
                yield return new AnswerPassage("faq." + entry.Id, entry, null, new LocalizedText(ja, en));
            }

            // The FAQ file's own list is every entry at once, examples included: its entries are the passages above.
            foreach (var section in knowledge.Sections.Values.Where(s => !s.Id.StartsWith("faq.", StringComparison.Ordinal)))
            {
                yield return new AnswerPassage(section.Id, null, section, new LocalizedText(Text(section, LocalizedText.Japanese), Text(section, LocalizedText.English)));
            }
        }

        private static string Text(ContentSection section, string language) => string.Join(
            " ",
            section.Blocks.SelectMany(b => new[] { b.Text?.For(language) }
                .Concat(b.Items.SelectMany(i => new[] { i.Title?.For(language) }.Concat(i.Details.Select(d => d.Text.For(language)))))).OfType<string>());
    }
}
