using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Faq;

/// <summary>
/// Answers a question from anywhere in the knowledge base: the FAQ entry its classifier recognises, else the best
/// passage by <see cref="AnswerIndex"/> when it clearly matches. A refund-timing answer for a customer whose payment
/// method is known gives that method's timing only. Null when nothing answers it: the bot says so instead of guessing.
/// </summary>
public static class QuestionAnswerer
{
    /// <summary>The least mean BM25 weight per question term for a passage to count as the answer.</summary>
    public const double MinScore = 0.75;

    // The passages about refund timing, which a known payment method narrows to one row.
    private static readonly HashSet<string> RefundTiming = new(StringComparer.Ordinal)
    {
        "faq.refund-when", "faq.convenience-paypay-refund", "refund-timing.methods", "faq.refund-check",
    };

    /// <summary>
    /// The FAQ classifier's entry when the passages' ranking agrees it is among the best three (or ranks nothing
    /// clearly); otherwise the ranking's best passage when it clearly matches; otherwise nothing.
    /// </summary>
    public static AnswerPassage? Find(string? question, KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var ranked = AnswerIndex.Rank(question, knowledge, language);
        var best = ranked.Count > 0 && ranked[0].Score >= MinScore ? ranked[0].Passage : null;
        if (FaqMatcher.FindQuestion(question, knowledge) is { } entry)
        {
            var classified = ranked.Select(r => r.Passage).FirstOrDefault(p => p.Entry?.Id == entry.Id) ?? new AnswerPassage("faq." + entry.Id, entry, null, entry.Question);
            var agreed = best is null || ranked.Take(3).Any(r => r.Passage.Entry?.Id == entry.Id);
            return agreed ? classified : best;
        }

        return best;
    }

    public static IMessageActivity Compose(AnswerPassage passage, KnowledgeSnapshot knowledge, string language, OrderInquiry? facts)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(knowledge);
        var answer = facts?.PaymentValue is { } payment && RefundTiming.Contains(passage.Id)
            ? new OutcomeMessage(knowledge, language).RefundTiming(payment, Outcome.Cancel, facts.SellerValue).BuildText()
            : passage.Entry is { } entry
                ? FaqAnswer.Compose(knowledge, entry, language).BuildText()
                : new OutcomeMessage(knowledge, language).Show(passage.Section!).BuildText();
        answer.Entities = [OutcomeEntities.Answer(passage.Id)];
        return answer;
    }
}
