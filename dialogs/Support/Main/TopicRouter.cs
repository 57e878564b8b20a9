using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Faq;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Main;

/// <summary>
/// Which topic a message opens: a menu button's label, a question the FAQ answers, the recognizer's intent, and,
/// when the recognizer understood nothing, the knowledge base's intent words.
/// </summary>
public static class TopicRouter
{
    public static SupportTopic Route(string? text, RecognizedTurn turn, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(knowledge);
        var folded = TextNormalizer.Fold(text);
        foreach (var choice in SlotChoices.Menu(knowledge))
        {
            if (folded == TextNormalizer.Fold(choice.Label.Ja) || folded == TextNormalizer.Fold(choice.Label.En))
            {
                return Enum.Parse<SupportTopic>(choice.Id);
            }
        }

        // An FAQ question asked as written, or a question the FAQ's words match, gets the FAQ's answer.
        if (knowledge.Faq.Entries.Any(e => folded == TextNormalizer.Fold(e.Question.Ja) || folded == TextNormalizer.Fold(e.Question.En))
            || (FaqMatcher.IsQuestion(text) && FaqMatcher.Find(text, knowledge) is not null && !turn.Is(SupportIntents.Human) && turn.OrderNumber is null))
        {
            return SupportTopic.Faq;
        }

        var intent = turn.Intent != SupportIntents.None && turn.Score >= 0.5
            ? turn.Intent
            : AnswerMatcher.Best(text, knowledge.Vocabulary.Intents.Select(i => (i.Key, (IEnumerable<string>)i.Value.All)));
        var topic = ForIntent(intent);
        return topic == SupportTopic.None && FaqMatcher.Find(text, knowledge) is not null ? SupportTopic.Faq : topic;
    }

    public static SupportTopic ForIntent(string? intent) => intent switch
    {
        SupportIntents.CancelOrder => SupportTopic.CancelOrder,
        SupportIntents.RefundStatus => SupportTopic.Refund,
        SupportIntents.CancelFailed => SupportTopic.RequestFailed,
        SupportIntents.CancelRejected => SupportTopic.RequestRefused,
        SupportIntents.ShippedAnyway => SupportTopic.ShippedAnyway,
        SupportIntents.WithdrawCancel => SupportTopic.WithdrawCancel,
        SupportIntents.RefuseDelivery => SupportTopic.RefuseDelivery,
        SupportIntents.ReturnItem => SupportTopic.ReturnItem,
        SupportIntents.Faq => SupportTopic.Faq,
        SupportIntents.Human => SupportTopic.Human,
        _ => SupportTopic.None,
    };
}
