using System.Text.RegularExpressions;
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

    /// <summary>True when the text asks something ("…とは？", "why…"), so an FAQ answer fits better than a procedure.</summary>
    public static bool IsQuestion(string? text) => QuestionMarker().IsMatch(TextNormalizer.Fold(text) + (text?.TrimEnd().EndsWith('？') == true || text?.TrimEnd().EndsWith('?') == true ? "?" : string.Empty));

    [GeneratedRegex(@"\?|とは|って何|ってなに|何ですか|なぜ|どうして|いつ|どこ|(?<![a-z])(?:what|why|when|where|how)(?![a-z])")]
    private static partial Regex QuestionMarker();
}
