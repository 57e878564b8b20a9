using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Engine.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Understanding;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Answering;

/// <summary>
/// Answers a question from anywhere in the knowledge base: the FAQ entry its classifier recognises, else the best
/// passage by <see cref="AnswerIndex"/> when it clearly matches. A refund-timing answer for a customer whose payment
/// method is known gives that method's timing only. Null when nothing answers it: the bot says so instead of guessing.
/// </summary>
public static partial class QuestionAnswerer
{
    private sealed record TurnAnswer(string? Text, AnswerChoice Choice);

    /// <summary>The least BM25 score (over the square root of the question's terms) for a passage to count as the answer; chosen on the writer-held-out split.</summary>
    public const double MinScore = 2.0;

    // The passages about refund timing, which a known payment method narrows to one row.
    private static readonly HashSet<string> RefundTiming = new(StringComparer.Ordinal)
    {
        "faq.refund-when", "faq.convenience-paypay-refund", "refund-timing.payment_methods", "faq.refund-check",
    };

    // Of those, the ones that list every method's timing, which a known payment replaces by its own line.
    private static readonly HashSet<string> EveryMethodTiming = new(StringComparer.Ordinal)
    {
        "faq.refund-when", "faq.convenience-paypay-refund", "refund-timing.payment_methods",
    };

    private const string TurnStateKey = "SupportBot.AnswerChoice";

    /// <summary>The FAQ entry that answers "when does the money come back?" for every payment method.</summary>
    public const string RefundWhenEntry = "refund-when";

    /// <summary>What answers this turn's message, chosen once per turn however many steps ask (and read again by the turn's trace).</summary>
    public static AnswerChoice ForTurn(ITurnContext context, KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Activity.Text;
        if (context.TurnState.Get<TurnAnswer>(TurnStateKey) is { } kept && kept.Text == text)
        {
            return kept.Choice;
        }

        // "When do I get my money back?" is the refund-timing answer, whatever else the message's words rank near.
        var passage = TurnReading.Current(context).Has(TurnActs.RefundWhen) ? RefundWhenPassage(knowledge) : null;
        var choice = passage is null ? Choose(text, knowledge, language) : Scored(new AnswerChoice(passage, []), "act", passage, AnswerIndex.Rank(text, knowledge, language));
        // The whole message answered by nothing clearly: beside facts told (「出品者はマーケットプレイスです。ところで送料は
        // こちら持ちですか」), its asking sentences alone may be.
        if (passage is null && choice.Answer is null && !choice.Unsure && text is not null && TurnReading.Current(context).Has(TurnActs.Fact)
            && TurnReader.QuestionPart(text, knowledge) is var asked && asked != text && TurnReader.HasSubstance(asked) && Choose(asked, knowledge, language) is { Answer: not null } narrowed)
        {
            choice = narrowed;
        }

        // 「①…どっちがはよ返金されます？②受取拒否って送料とられたりします？③…」: several questions that read as none (or as two) together are
        // answered one by one: the first that the knowledge clearly answers leads (AlsoAsked adds the others).
        if (choice.Answer is null
            && TurnReader.QuestionParts(text, knowledge).Select(part => SureOf(part, knowledge, language)).FirstOrDefault(a => a is not null) is { } first)
        {
            choice = new AnswerChoice(first, []);
        }

        context.TurnState.Set(TurnStateKey, new TurnAnswer(text, choice));
        return choice;
    }

    /// <summary>
    /// The answers to the other questions of a message that asks several (「送料はこっち持ちどすか。お金は戻ってきはります
    /// のか。」): one per asking sentence that the knowledge answers without doubt, other than <paramref name="given"/>;
    /// at most two, so a reply stays readable on a phone.
    /// </summary>
    public static IReadOnlyList<AnswerPassage> AlsoAsked(string? text, AnswerPassage given, KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(given);
        var also = new List<AnswerPassage>();
        foreach (var part in TurnReader.QuestionParts(text, knowledge))
        {
            if (PartAnswer(part, knowledge, language) is { } answer
                && answer.Id != given.Id && also.All(a => a.Id != answer.Id) && !(IsRefundTiming(answer.Id) && IsRefundTiming(given.Id)))
            {
                also.Add(answer);
            }
        }

        return also.Take(MaxAlsoAsked).ToList();
    }

    private const int MaxAlsoAsked = 2;

    /// <summary>
    /// The answers to what a message asks before it turns to a topic this chat declines (「何日くらいかかると? あと領収書ば
    /// もらいたか」): each asking sentence ahead of the one naming that topic that the knowledge clearly answers; at most two.
    /// (What follows the declined topic may be about it: 「プライムを解約したい。返金はいつ？」 asks of the membership.)
    /// </summary>
    public static IReadOnlyList<AnswerPassage> BesideOutOfScope(string? text, KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var sentences = TurnReader.Sentences(text);
        var before = string.Join(" ", sentences.TakeWhile(s => TurnReader.Read(s, RecognizedTurn.None, knowledge).OutOfScopeTopic is null));
        var found = new List<AnswerPassage>();
        foreach (var part in TurnReader.AskingParts(before, knowledge))
        {
            if (TurnReader.Read(part, RecognizedTurn.None, knowledge).OutOfScopeTopic is null
                && PartAnswer(part, knowledge, language) is { } answer
                && found.All(a => a.Id != answer.Id))
            {
                found.Add(answer);
            }
        }

        return found.Take(MaxAlsoAsked).ToList();
    }

    // One question of several: "…? And how soon would the money go back onto my card?" is the refund-timing answer, as
    // for a whole message; any other only where the knowledge answers it without doubt (SureOf).
    private static AnswerPassage? PartAnswer(string part, KnowledgeSnapshot knowledge, string language) =>
        (TurnReader.AsksRefundWhen(part, knowledge) ? RefundWhenPassage(knowledge) : null) ?? SureOf(part, knowledge, language);

    // One question of several: answered only where the passages' ranking finds it too (at its top when another is near), so
    // a part that says little is never answered from the classifier's guess alone.
    private static AnswerPassage? SureOf(string part, KnowledgeSnapshot knowledge, string language) =>
        Choose(part, knowledge, language) is { Answer: { } answer } choice
        && AnswerIndex.Rank(part, knowledge, language) is { Count: > 0 } ranked && ranked[0].Score >= MinScore
        && (choice.RunnerUp is null || ranked[0].Passage.Id == answer.Id)
            ? answer
            : null;

    private static AnswerPassage? RefundWhenPassage(KnowledgeSnapshot knowledge) =>
        knowledge.Faq.Entries.FirstOrDefault(e => e.Id == RefundWhenEntry) is { } entry ? new AnswerPassage("faq." + entry.Id, entry, null, entry.Question) : null;

    /// <summary>The answer <see cref="ForTurn"/> chose this turn, or null when no step asked.</summary>
    public static AnswerChoice? OfTurn(ITurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.TurnState.Get<TurnAnswer>(TurnStateKey)?.Choice;
    }

    /// <summary>What answers <paramref name="question"/>, or null (also when two entries are too close: see <see cref="Choose"/>).</summary>
    public static AnswerPassage? Find(string? question, KnowledgeSnapshot knowledge, string language) => Choose(question, knowledge, language).Answer;

    /// <summary>
    /// The FAQ classifier's entry when the passages' ranking agrees it is among the best three (or ranks nothing
    /// clearly); the ranking's best passage when the classifier has none and it clearly leads. Where the classifier
    /// and the ranking name different entries, or the ranking's two best entries are close, both are offered.
    /// </summary>
    public static AnswerChoice Choose(string? question, KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var ranked = AnswerIndex.Rank(question, knowledge, language);
        var best = ranked.Count > 0 && ranked[0].Score >= MinScore ? ranked[0].Passage : null;
        if (FaqMatcher.FindQuestion(question, knowledge) is { } entry)
        {
            var classified = ranked.Select(r => r.Passage).FirstOrDefault(p => p.Entry?.Id == entry.Id) ?? new AnswerPassage("faq." + entry.Id, entry, null, entry.Question);
            var agreed = best is null || best.Entry is null || ranked.Take(3).Any(r => r.Passage.Entry?.Id == entry.Id);
            return Scored(agreed ? new AnswerChoice(classified, []) : new AnswerChoice(null, [classified, best!]), "classifier", classified, ranked);
        }

        if (best is null)
        {
            return AnswerChoice.None;
        }

        // A part of the content only narrowly ahead of another passage is a guess (unless an FAQ entry near the top shows
        // that very part: then they agree), and a part cannot be offered as "A or B?" (it has no question to show):
        // better said honestly not answered than answered wrongly.
        var shownNearby = ranked.Take(3).Any(r => r.Passage.Entry?.Shows.Contains(best.Id) == true);
        if (best.Entry is null && !shownNearby && ranked.Count > 1 && ranked[1].Score >= ranked[0].Score * CloseRatio)
        {
            return Scored(AnswerChoice.None, "ranking", best, ranked);
        }

        // Two entries within a few percent of each other: asking beats guessing.
        var choice = ranked.Count > 1 && best.Entry is not null && ranked[1].Passage.Entry is not null && ranked[1].Score >= ranked[0].Score * CloseRatio
            ? new AnswerChoice(null, [best, ranked[1].Passage])
            : new AnswerChoice(best, []);
        return Scored(choice, "ranking", best, ranked);
    }

    /// <summary>The runner-up's share of the answer's score at which the trace names it (looser than <see cref="CloseRatio"/>, to show near misses).</summary>
    public const double NearRatio = 0.7;

    // The answer's ranking score and the best other passage, named when it came near (or when the answer was not ranked).
    private static AnswerChoice Scored(AnswerChoice choice, string method, AnswerPassage chosen, IReadOnlyList<(AnswerPassage Passage, double Score)> ranked)
    {
        var own = ranked.Where(r => r.Passage.Id == chosen.Id).Select(r => (double?)r.Score).FirstOrDefault();
        var other = ranked.FirstOrDefault(r => r.Passage.Id != chosen.Id);
        var near = other.Passage is not null && (own is null || other.Score >= own.Value * NearRatio);
        return choice with
        {
            Method = method,
            Score = own,
            RunnerUp = near ? other.Passage : null,
            RunnerUpScore = near ? other.Score : null,
        };
    }

    /// <summary>The runner-up's share of the best score at which the two are offered instead of the best alone.</summary>
    public const double CloseRatio = 0.85;

    /// <summary>"Which of these do you mean?" with each entry's question as a button (it sends the question as written).</summary>
    public static IMessageActivity Clarify(AnswerChoice choice, KnowledgeSnapshot knowledge, string language, string channelId)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(knowledge);
        var buttons = choice.Options.Select(o => o.Question!.For(language))
            .Select(q => new Engine.Choices.Choice(q) { Action = new CardAction(ActionTypes.ImBack, q, value: q) }).ToList();
        var message = LocalizedChoices.For(channelId, buttons, knowledge.Text(MessageKeys.NavClarify, language), language);
        message.Entities = [OutcomeEntities.Clarify(choice.Options.Select(o => o.Id))];
        return message;
    }

    public static IMessageActivity Compose(AnswerPassage passage, KnowledgeSnapshot knowledge, string language, OrderInquiry? facts)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(knowledge);
        return ComposePersonal(passage, knowledge, language, facts)
            ?? Marked((passage.Entry is { } entry ? FaqAnswer.Compose(knowledge, entry, language) : new OutcomeMessage(knowledge, language).Show(passage.Section!)).BuildText(), passage);
    }

    /// <summary>A passage about refund timing said as the customer's own refund line, or null when what it needs is not known.</summary>
    public static IMessageActivity? ComposePersonal(AnswerPassage passage, KnowledgeSnapshot knowledge, string language, OrderInquiry? facts)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return IsRefundTiming(passage.Id) && PersonalRefund(knowledge, language, facts) is { } personal ? Marked(personal.BuildText(), passage) : null;
    }

    private static IMessageActivity Marked(IMessageActivity answer, AnswerPassage passage)
    {
        answer.Entities = [OutcomeEntities.Answer(passage.Id)];
        return answer;
    }

    /// <summary>
    /// A question asked while a person is on the way (the ticket still queued): answered from the knowledge when it
    /// clearly answers it, so nobody waits for what the chat knows, and a topic out of scope named as such; null
    /// otherwise (the person answers it).
    /// </summary>
    public static IMessageActivity? WhileWaiting(string? text, KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var reading = TurnReader.Read(text, RecognizedTurn.None, knowledge);
        if (reading.Has(TurnActs.Question) && reading.OutOfScopeTopic is { } topic)
        {
            var declined = MessageFactory.Text(knowledge.Text(MessageKeys.EscalationTopicWhileWaiting, language, ("topic", topic.Label.For(language))));
            declined.Entities = [OutcomeEntities.OutOfScope(topic.Id)];
            return declined;
        }

        // 「どのくらい待ちますか？」 while in the queue asks about the wait for a person, which the queue line answers.
        var folded = TextNormalizer.Fold(text);
        if (AsksAboutTheWait().IsMatch(folded) && !MoneyWord().IsMatch(folded))
        {
            return null;
        }

        // 「とおらねがったら どうする」 asks without a question mark: the reading's question act counts as much as the mark.
        return (FaqMatcher.IsQuestion(text) || (reading.Has(TurnActs.Question) && TurnReader.SomeSentenceAsks(text, knowledge))) && Choose(text, knowledge, language).Answer is { } passage ? Compose(passage, knowledge, language, null) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:どのくらい|どれくらい|どれぐらい|どんくらい|どんだけ|いつまで|何分|何時間|なんぷん|なんじかん|あと何)[^。？?]{0,8}(?:待|まち|まつ|まって)|(?<![a-z])(?:how long|how much longer)[^.?]{0,30}wait|waiting time|wait time|(?<![a-z])queue")]
    private static partial System.Text.RegularExpressions.Regex AsksAboutTheWait();

    [System.Text.RegularExpressions.GeneratedRegex(@"返金|お金|おかね|代金|払|refund|money|paid|pay")]
    private static partial System.Text.RegularExpressions.Regex MoneyWord();

    /// <summary>True for the passages about refund timing, which a known payment method narrows to one line.</summary>
    public static bool IsRefundTiming(string passageId) => RefundTiming.Contains(passageId);

    /// <summary>True for the passages that list every payment method's refund timing.</summary>
    public static bool ListsEveryMethod(string passageId) => EveryMethodTiming.Contains(passageId);

    /// <summary>
    /// The customer's own refund line, when what it depends on is known (paid at delivery: whether it was received);
    /// with the seller not known yet, the store's timing and what a marketplace seller does. Null when the payment is not known.
    /// </summary>
    public static OutcomeMessage? PersonalRefund(KnowledgeSnapshot knowledge, string language, OrderInquiry? facts)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (facts?.PaymentValue is not { } payment)
        {
            return null;
        }

        // Paid at delivery, with nothing said of receiving it: both cases, never another method's timing (a marketplace
        // seller's own refund is not the store's transfer).
        var timing = knowledge.RefundTimingFor(payment);
        if (facts.StageValue is null && timing.PaidAtDelivery)
        {
            if (facts.SellerValue == SellerType.Marketplace)
            {
                return null;
            }

            var either = knowledge.Text(
                MessageKeys.RefundPaidAtDeliveryEither,
                language,
                ("payment", timing.Label.For(language)),
                ("via", timing.RefundVia.For(language)),
                ("expected", timing.Expected.For(language)));
            var both = new OutcomeMessage(knowledge, language).Lines([new AnswerLine(either, "refund-timing.yaml#" + KnowledgeIds.Id(payment))]);
            return facts.SellerValue is null ? both.Lines([OutcomeComposer.Message(knowledge, MessageKeys.RefundIfMarketplace, language)]) : both;
        }

        var outcome = facts.StageValue == OrderStage.Received ? Outcome.Return : Outcome.Cancel;
        var message = new OutcomeMessage(knowledge, language).Lines(OutcomeComposer.RefundLines(knowledge, payment, outcome, facts.SellerValue, language));
        if (facts.SellerValue != SellerType.Marketplace && !timing.NothingPaidFor(outcome) && !timing.PaidAtDelivery)
        {
            // The method's own notes (a card refund across the billing date shows a charge for a while).
            message.Lines(timing.Notes.Select(n => new AnswerLine(n.For(language), $"refund-timing.yaml#{KnowledgeIds.Id(payment)}/notes")));
        }

        if (facts.SellerValue == SellerType.Marketplace)
        {
            message.Lines(OutcomeComposer.MarketplaceRoute(knowledge, payment, outcome, language));
        }

        if (facts.SellerValue is null && !timing.NothingPaidFor(outcome))
        {
            message.Lines([OutcomeComposer.Message(knowledge, MessageKeys.RefundIfMarketplace, language)]);
        }

        return message;
    }
}
