using System.Text;

namespace SupportBot.Knowledge.Cli;

/// <summary>Turns what a lead types (発送済み, shipped, クレカ, credit_card) into canonical values, using the content's own words.</summary>
internal static class ValueResolver
{
    public static OrderStage? Stage(KnowledgeSnapshot snapshot, string text) =>
        Resolve(text, KnowledgeIds.Stages, KnowledgeIds.Id, s => Words(snapshot.StageInfo(s).Label, snapshot.Vocabulary.Stages[s]));

    public static SellerType? Seller(KnowledgeSnapshot snapshot, string text) =>
        Resolve(text, KnowledgeIds.Sellers, KnowledgeIds.Id, s => Words(snapshot.SellerInfo(s).Label, snapshot.Vocabulary.Sellers[s]));

    public static PaymentMethod? Payment(KnowledgeSnapshot snapshot, string text) =>
        Resolve(text, KnowledgeIds.Payments, KnowledgeIds.Id, p => Words(snapshot.RefundTimingFor(p).Label, snapshot.Vocabulary.Payments[p]));

    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant().Replace('-', '_');

    private static IEnumerable<string> Words(LocalizedText label, Phrases phrases) => [label.Ja, label.En, .. phrases.All];

    private static T? Resolve<T>(string text, IReadOnlyList<T> values, Func<T, string> id, Func<T, IEnumerable<string>> words)
        where T : struct
    {
        var input = Normalize(text);
        foreach (var value in values)
        {
            if (Normalize(id(value)) == input || words(value).Any(w => Normalize(w) == input))
            {
                return value;
            }
        }

        // Otherwise the longest phrase the input contains wins (「もう発送されました」→ shipped).
        T? best = null;
        var bestLength = 0;
        foreach (var value in values)
        {
            foreach (var word in words(value).Select(Normalize).Where(w => w.Length > bestLength && input.Contains(w, StringComparison.Ordinal)))
            {
                best = value;
                bestLength = word.Length;
            }
        }

        return best;
    }
}
