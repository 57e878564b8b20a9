using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SupportBot.Understanding;
using SupportBot.Understanding.Trained;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Answering;

/// <summary>Finds the FAQ entry a customer's question means, from the entries' keywords and questions in both languages.</summary>
public static partial class FaqMatcher
{
    public static FaqEntry? Find(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var id = AnswerMatcher.Best(text, knowledge.Faq.Entries.Select(e => (e.Id, e.Keywords.All.Concat([e.Question.Ja, e.Question.En]))));
        return knowledge.Faq.Entries.FirstOrDefault(e => e.Id == id);
    }

    /// <summary>
    /// The entry a question means. The FAQ's classifier (trained on each entry's question, keywords and examples, and
    /// on the store's out-of-scope examples as "none") decides when it is sure; otherwise a keyword found in the
    /// message; otherwise the classifier's entry when it stands clearly above the rest. Null when nothing fits.
    /// </summary>
    public static FaqEntry? FindQuestion(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var predicted = Classifier(knowledge).Predict(text ?? string.Empty);
        var (best, p) = predicted.Count > 0 ? predicted[0] : (NotFaq, 0);
        var second = predicted.Count > 1 ? predicted[1].Probability : 0;
        var byClassifier = best == NotFaq ? null : knowledge.Faq.Entries.FirstOrDefault(e => e.Id == best);
        if (byClassifier is not null && p >= SureMatch)
        {
            return byClassifier;
        }

        return Find(text, knowledge) ?? (byClassifier is not null && p >= LooseMatch && p >= Margin * second ? byClassifier : null);
    }

    // The classifier's own label for "not a question the FAQ answers" (an id no entry can have: ids are [a-z0-9_-]).
    private const string NotFaq = "(none)";

    // Sure: one entry holds half the probability. Loose: a quarter, and well ahead of the next entry.
    private const double SureMatch = 0.5;
    private const double LooseMatch = 0.25;
    private const double Margin = 1.5;

    /// <summary>
    /// The entry a message asks about when a second classifier, which also knows the customers' requests (cancel this,
    /// where is my refund, a person...) as "a request", is sure it is this FAQ question and not a request: for routing
    /// a question that names a topic ("キャンセルしたのにメールが来ない") to its answer rather than to a procedure.
    /// </summary>
    public static FaqEntry? Asks(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        // 「返金の状況を調べてほしい」 asks the chat to act on the customer's order; no FAQ answer does that.
        if ((!IsQuestion(text) && AsksToAct().IsMatch(TextNormalizer.Fold(text))) || AsksWhereOwnMoneyIs(text))
        {
            return null;
        }

        var predicted = RoutingClassifier(knowledge).Predict(text ?? string.Empty);
        // A problem stated without a question ("キャンセルしたのにメールが来ない") needs the classifier surer still.
        var needed = IsQuestion(text) || Complaint().IsMatch(TextNormalizer.Fold(text)) ? AskedMatch : StatedMatch;
        return predicted.Count > 0 && predicted[0].Probability >= needed
            ? knowledge.Faq.Entries.FirstOrDefault(e => e.Id == predicted[0].Intent)
            : null;
    }

    // Asked, or a complaint about something already done (「キャンセルしたのに…」), the FAQ's top class is enough.
    private const double AskedMatch = 0.3;
    private const double StatedMatch = 0.65;

    // A request to act, as the recognizer's examples give it (an id no entry can have).
    private const string Request = "(request)";

    private static readonly string[] RequestIntents =
    [
        SupportIntents.CancelOrder, SupportIntents.RefundStatus, SupportIntents.CancelFailed, SupportIntents.CancelRejected,
        SupportIntents.ShippedAnyway, SupportIntents.WithdrawCancel, SupportIntents.RefuseDelivery, SupportIntents.ReturnItem,
        SupportIntents.Human,
    ];

    // Lazy: the table may call its factory once per racing thread, and forty first turns after a restart must not
    // train forty copies; they wait for the one.
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, Lazy<IntentClassifier>> Classifiers = new();
    private static readonly ConditionalWeakTable<KnowledgeSnapshot, Lazy<IntentClassifier>> RoutingClassifiers = new();

    private static IntentClassifier Classifier(KnowledgeSnapshot knowledge) =>
        Classifiers.GetValue(knowledge, k => new(() => IntentClassifier.Train(new IntentExamples(Classes(k, withRequests: false), LooseMatch)))).Value;

    private static IntentClassifier RoutingClassifier(KnowledgeSnapshot knowledge) =>
        RoutingClassifiers.GetValue(knowledge, k => new(() => IntentClassifier.Train(new IntentExamples(Classes(k, withRequests: true), LooseMatch)))).Value;

    private static Dictionary<string, Phrases> Classes(KnowledgeSnapshot knowledge, bool withRequests)
    {
        var classes = knowledge.Faq.Entries.ToDictionary(
            e => e.Id,
            e => JapaneseReadings.Canonical(new Phrases([e.Question.Ja, .. e.Keywords.Ja, .. e.Examples.Ja], [e.Question.En, .. e.Keywords.En, .. e.Examples.En]), knowledge.Vocabulary));
        var examples = knowledge.Vocabulary.Examples.Intents;
        if (examples.TryGetValue(SupportIntents.OutOfScope, out var outOfScope))
        {
            classes[NotFaq] = outOfScope;
        }

        if (withRequests)
        {
            var requests = RequestIntents.Where(examples.ContainsKey).Select(i => examples[i]).ToList();
            classes[Request] = new Phrases([.. requests.SelectMany(r => r.Ja)], [.. requests.SelectMany(r => r.En)]);
        }

        return classes;
    }

    /// <summary>True when the text asks something ("…とは？", "why…"), so an FAQ answer fits better than a procedure.</summary>
    public static bool IsQuestion(string? text) => QuestionMarker().IsMatch(TextNormalizer.Fold(text) + (text?.TrimEnd().EndsWith('？') == true || text?.TrimEnd().EndsWith('?') == true ? "?" : string.Empty));

    /// <summary>
    /// True for "where is my refund?" or 「お金まだ？」 without asking where to look: the customer's own money is missing,
    /// which the refund conversation checks, not the FAQ on where refunds show.
    /// </summary>
    public static bool AsksWhereOwnMoneyIs(string? text)
    {
        var folded = TextNormalizer.Fold(text);
        return OwnMoneyMissing().IsMatch(folded) && !WhereToLook().IsMatch(folded);
    }

    [GeneratedRegex(@"(?<![a-z])where(?:'s|’s|s| is) (?:my|the) (?:refund|money)|返金(?:は|が|って)?まだ|お金(?:は|が)?まだ")]
    private static partial Regex OwnMoneyMissing();

    [GeneratedRegex(@"(?<![a-z])(?:check|see|look|find)(?![a-z])|確認|見れ|見る|見たら|どこで|どこを")]
    private static partial Regex WhereToLook();

    [GeneratedRegex(@"(?:調べ|確認し|見)て(?:ほしい|欲しい|ください|下さい|くれ|もらいたい)|(?<![a-z])(?:please|pls|plz) (?:check|look)")]
    private static partial Regex AsksToAct();

    [GeneratedRegex(@"(?:た|はず)なのに|たのに|(?<![a-z])(?:but|still)(?![a-z])")]
    private static partial Regex Complaint();

    [GeneratedRegex(@"\?|とは|って何|ってなに|何ですか|なぜ|なんで|どうして|いつ|どこ|教えて|知りたい|どうすれば|どうしたら|どうやって|どういう|意味|(?<![a-z])(?:what|why|when|where|how)(?![a-z])")]
    private static partial Regex QuestionMarker();
}
