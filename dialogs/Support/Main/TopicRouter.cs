using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Answering;
using SupportBot.Understanding;
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

        // A message the FAQ's classifier is sure asks one of its questions (not a request to act) gets its answer; stated
        // as the customer's situation, the conversation the entry names. An FAQ question asked as written, or a question
        // the FAQ's words match, gets the answer too, unless the recognizer read a request the FAQ does not answer
        // (「受取拒否ってどうやるの？」 is not the FAQ on errors).
        var asked = turn.OrderNumber is null ? FaqMatcher.Asks(text, knowledge) : null;
        var exactQuestion = IsFaqQuestion(text, knowledge);
        if (!exactQuestion && asked?.Topic is { } situation && !FaqMatcher.IsQuestion(text))
        {
            return SupportTopics.ForMenu(situation).Topic;
        }

        if (exactQuestion
            || asked is not null
            || (FaqMatcher.IsQuestion(text) && FaqAnswers(turn) && !FaqMatcher.AsksWhereOwnMoneyIs(text) && FaqMatcher.Find(text, knowledge) is not null && turn.OrderNumber is null)
            || (FaqMatcher.IsQuestion(text) && turn.Intent is SupportIntents.Faq or SupportIntents.None && FaqMatcher.FindQuestion(text, knowledge) is not null))
        {
            return SupportTopic.Faq;
        }

        // Out of scope, thanks, never mind: no topic, and no guessing one from a word the message happens to contain.
        if (turn.Intent == SupportIntents.OutOfScope || (turn.Score >= 0.5 && NoRequest.Contains(turn.Intent)))
        {
            return SupportTopic.None;
        }

        if (turn.Score >= 0.5)
        {
            return SupportTopics.ForIntent(turn.Intent);
        }

        var topic = SupportTopics.ForIntent(AnswerMatcher.Best(text, knowledge.Vocabulary.Intents.Select(i => (i.Key, (IEnumerable<string>)i.Value.All))));
        return topic == SupportTopic.None && FaqMatcher.Find(text, knowledge) is not null ? SupportTopic.Faq : topic;
    }

    // Intents that open no topic of their own; MainDialog answers them.
    private static readonly HashSet<string> NoRequest =
    [
        SupportIntents.OutOfScope, SupportIntents.Thanks, SupportIntents.Quit, SupportIntents.Greeting, SupportIntents.Help,
        SupportIntents.StartOver,
    ];

    private static bool FaqAnswers(RecognizedTurn turn) =>
        turn.Intent is SupportIntents.Faq or SupportIntents.None or SupportIntents.CancelOrder or SupportIntents.CancelFailed or SupportIntents.RefundStatus;

    /// <summary>True when the message is one of the FAQ's questions as written, in either language.</summary>
    public static bool IsFaqQuestion(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var folded = TextNormalizer.Fold(text);
        return knowledge.Faq.Entries.Any(e => folded == TextNormalizer.Fold(e.Question.Ja) || folded == TextNormalizer.Fold(e.Question.En));
    }
}
