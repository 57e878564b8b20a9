using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SupportBot.Dialogs.Recognition.Trained;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Faq;

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
    /// As <see cref="Find"/>, and when no keyword matches, the entry a classifier trained on the entries' questions and
    /// keywords finds likely enough: for a message already known to be a question ("返金っていつ？" has no keyword).
    /// </summary>
    public static FaqEntry? FindQuestion(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (Find(text, knowledge) is { } entry)
        {
            return entry;
        }

        var predicted = Classifier(knowledge.Faq).Predict(text ?? string.Empty);
        return predicted.Count > 0 && predicted[0].Probability >= LooseMatch ? knowledge.Faq.Entries.FirstOrDefault(e => e.Id == predicted[0].Intent) : null;
    }

    // With about ten entries, a question near none of them spreads its probability; a third on one entry is a match.
    private const double LooseMatch = 0.3;

    private static readonly ConditionalWeakTable<FaqGuide, IntentClassifier> Classifiers = new();

    private static IntentClassifier Classifier(FaqGuide faq) => Classifiers.GetValue(faq, guide => IntentClassifier.Train(new IntentExamples(
        guide.Entries.ToDictionary(
            e => e.Id,
            e => new Phrases([e.Question.Ja, .. e.Keywords.Ja], [e.Question.En, .. e.Keywords.En])),
        LooseMatch)));

    /// <summary>True when the text asks something ("…とは？", "why…"), so an FAQ answer fits better than a procedure.</summary>
    public static bool IsQuestion(string? text) => QuestionMarker().IsMatch(TextNormalizer.Fold(text) + (text?.TrimEnd().EndsWith('？') == true || text?.TrimEnd().EndsWith('?') == true ? "?" : string.Empty));

    [GeneratedRegex(@"\?|とは|って何|ってなに|何ですか|なぜ|どうして|いつ|どこ|(?<![a-z])(?:what|why|when|where|how)(?![a-z])")]
    private static partial Regex QuestionMarker();
}
