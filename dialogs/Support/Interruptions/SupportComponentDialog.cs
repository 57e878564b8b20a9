using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Answering;
using SupportBot.Understanding.Language;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Prompts;
using SupportBot.Understanding;
using SupportBot.Understanding.Trained;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Interruptions;

/// <summary>
/// A support dialog whose every step can be interrupted: help (the active question's own help text, then the
/// question again), start over, quit, talk to a person; and the answer to a prompt's "shall I connect you with a
/// person?". A topic hands the interruption to MainDialog by ending with its <see cref="OrderInquiry"/>.
/// </summary>
public abstract partial class SupportComponentDialog : ComponentDialog
{
    protected SupportComponentDialog(string dialogId, IKnowledgeBase knowledge)
        : base(dialogId)
    {
        Knowledge = knowledge;
    }

    protected IKnowledgeBase Knowledge { get; }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var active = innerDc.ActiveDialog;
        var activeDialog = active is null ? null : innerDc.FindDialog(active.Id);

        // A nested support dialog handles interruptions itself, with its own step's help.
        if (active is null || activeDialog is SupportComponentDialog || innerDc.Context.Activity.Type != ActivityTypes.Message)
        {
            return await innerDc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }

        var prompt = activeDialog as ISupportPrompt;
        if (prompt is not null && PromptOffer.Pending(active) is { } offered)
        {
            switch (OfferAnswer(innerDc.Context, Knowledge.Current))
            {
                case true:
                    var trigger = KnowledgeIds.TryParseTrigger(offered, out var t) ? t : EscalationTrigger.NotUnderstood;
                    return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).EscalateFor(trigger), cancellationToken).ConfigureAwait(false);
                case false:
                    PromptOffer.Decline(active);
                    await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                    return EndOfTurn;
                default:
                    PromptOffer.Forget(active);
                    break;
            }
        }

        var reading = TurnReading.Current(innerDc.Context);
        var turn = reading.Turn;
        // 「わからない」 may read as a plea for help, but where the question has an answer for it, it is that answer.
        if (turn.Is(SupportIntents.Help) && prompt?.CanRead(innerDc.Context) != true && !reading.Has(TurnActs.Question | TurnActs.Fact | TurnActs.Complaint))
        {
            return await OnHelpAsync(innerDc, prompt?.HelpKey ?? MessageKeys.HelpGeneral, cancellationToken).ConfigureAwait(false);
        }

        // 「何回もやり直したのに」 complains of retrying; it does not ask to start over.
        if (turn.Is(SupportIntents.StartOver) && !reading.Has(TurnActs.Complaint))
        {
            return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).Finish(ConversationNext.StartOver), cancellationToken).ConfigureAwait(false);
        }

        if (reading.Has(TurnActs.Person))
        {
            // 「人おねがいします、あと配達の時間夕方にできる？」: the topic out of scope is named as such before the hand-over.
            if (reading.OutOfScopeTopic is { } alsoAsked)
            {
                await innerDc.Context.SendActivityAsync(DeclinedByName(Knowledge.Current, alsoAsked, ConversationLanguage.Current(innerDc.Context)), cancellationToken).ConfigureAwait(false);
            }

            return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).EscalateFor(EscalationTrigger.CustomerRequest), cancellationToken).ConfigureAwait(false);
        }

        // "On second thought I'll keep it": the topic ends politely, whatever the question was; unless the same message
        // asks for another of the bot's topics (「もうええわ、自分で返品するわ」), which is routed as that request.
        if (reading.Has(TurnActs.ChangeOfMind) && !reading.Has(TurnActs.Question) && !AsksAnotherTopic(reading, CurrentInquiry(innerDc)))
        {
            await SendTextAsync(innerDc.Context, MessageKeys.NavChangeOfMind, cancellationToken).ConfigureAwait(false);
            return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).Finish(ConversationNext.Done), cancellationToken).ConfigureAwait(false);
        }

        // "Why can't you just stop it?" asks; only "stop" said as such ends the conversation.
        if (turn.Is(SupportIntents.Quit) && !reading.Has(TurnActs.Question))
        {
            return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).Finish(ConversationNext.Quit), cancellationToken).ConfigureAwait(false);
        }

        // A topic this chat does not handle, named at any question (the FAQ's own question prompt included): declined,
        // and the question asked again; beside an answer or facts, declined first and the answer taken as usual.
        if (prompt is not null && !ClosesTopic(active.Id) && reading.OutOfScopeTopic is { } named)
        {
            var language = ConversationLanguage.Current(innerDc.Context);
            if (!prompt.ReadsAnswer(innerDc.Context) && !reading.Has(TurnActs.Fact))
            {
                return await AskAgainAsync(innerDc, DeclinedByName(Knowledge.Current, named, language), cancellationToken, atLimit: DeclinedWithOffer(Knowledge.Current, named, language, innerDc.Context.Activity.ChannelId)).ConfigureAwait(false);
            }

            await innerDc.Context.SendActivityAsync(DeclinedByName(Knowledge.Current, named, language), cancellationToken).ConfigureAwait(false);
            reading = reading with { OutOfScopeTopic = null, Acts = reading.Acts & ~TurnActs.OutOfScope };
            TurnReading.SetCurrent(innerDc.Context, reading);
        }

        // 「1. 注文番号250-…　3. 8日前にキャンセルが成立　4. 返金が反映されていません」 answers the question asked, and says the
        // cancellation is done and its money missing: the refund is what is left, with every fact given.
        if (prompt is not null && DigressesAtPrompts && !ClosesTopic(active.Id) && TellsRefundDue(reading)
            && LeavesOnlyRefund(reading, CurrentInquiry(innerDc), innerDc.Context.Activity.Text))
        {
            return await OnInterruptedAsync(innerDc, CurrentInquiry(innerDc).FillFrom(turn).Finish(ConversationNext.Reroute), cancellationToken).ConfigureAwait(false);
        }

        if (prompt is not null && (DigressesAtPrompts || ClosesTopic(active.Id)))
        {
            if (await CorrectAsync(innerDc, prompt, reading, cancellationToken).ConfigureAwait(false) is { } corrected)
            {
                return corrected;
            }

            // 「教科書のほうです、250-…」 when asked whether a person should look at a request that cannot be withdrawn: which
            // order it was, not a new request; that it cannot be undone is said of it, and a person offered again.
            if (ClosesTopic(active.Id) && CurrentInquiry(innerDc) is { Topic: SupportTopic.WithdrawCancel } withdrawn
                && (turn.OrderNumber is not null || turn.DaysAgo is not null) && turn.Stage is null
                && YesNoPrompt.Read(innerDc.Context.Activity.Text, Knowledge.Current) is null
                && !reading.Has(TurnActs.Question | TurnActs.Topic | TurnActs.NoNeed | TurnActs.ChangeOfMind))
            {
                withdrawn.FillFrom(turn);
                var summary = Knowledge.Current.Withdraw.Summary.For(ConversationLanguage.Current(innerDc.Context));
                return await AskAgainAsync(innerDc, (Activity)MessageFactory.Text(summary), cancellationToken).ConfigureAwait(false);
            }

            // At "Did that solve it?", a message that asks or tells more is a follow-up even if it holds a 「はい」.
            if (ClosesTopic(active.Id)
                && (YesNoPrompt.Read(innerDc.Context.Activity.Text, Knowledge.Current) is null || reading.Has(TurnActs.Question | TurnActs.Topic | TurnActs.Fact))
                && await FollowUpAsync(innerDc, reading, cancellationToken).ConfigureAwait(false) is { } followed)
            {
                return followed;
            }

            if (DigressesAtPrompts && (Digresses(prompt, innerDc.Context, turn) || AsksInstead(innerDc.Context, reading))
                && await DigressAsync(innerDc, reading, cancellationToken).ConfigureAwait(false) is { } digressed)
            {
                return digressed;
            }

            // 「コンビニ払いです。返金はどこに戻りますか」: the answer to the question asked is taken, and the question asked
            // beside it is answered first, when the knowledge base clearly answers it.
            if (DigressesAtPrompts && !ClosesTopic(active.Id) && reading.Has(TurnActs.Question) && prompt.ReadsAnswer(innerDc.Context)
                && AsideAnswer(innerDc.Context) is { } aside)
            {
                var facts = new OrderInquiry().FillFrom(CurrentInquiry(innerDc)).FillFrom(turn);
                await SendAnswerAsync(innerDc.Context, aside, facts, cancellationToken).ConfigureAwait(false);
            }
        }

        return await innerDc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The answer to "shall I connect you with a person?": yes or no, where a polite "no need" (「大丈夫です」, "no problem,
    /// thanks"), which reads as yes elsewhere, is a no unless the message asks for something else. Null when it is neither.
    /// </summary>
    protected static bool? OfferAnswer(ITurnContext context, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reading = TurnReading.Current(context);
        // "No worries. Then please pass me to somebody who can.": a sentence of its own asks for the person.
        // ("No thanks. I'll talk to someone at the post office." names a person but asks the bot for none.)
        if (reading.Has(TurnActs.NoNeed) && reading.Has(TurnActs.Person)
            && TurnReader.Sentences(context.Activity.Text).Any(s => TurnReader.Read(s, RecognizedTurn.None, knowledge) is var part && part.Has(TurnActs.Person) && !part.Has(TurnActs.NoNeed)
                && AsksForIt().IsMatch(SupportBot.Dialogs.Engine.Choices.TextNormalizer.Fold(s))))
        {
            return true;
        }

        if (reading.Has(TurnActs.NoNeed))
        {
            return reading.Has(TurnActs.Person | TurnActs.Topic | TurnActs.Question | TurnActs.Fact) ? YesNoPrompt.Read(context.Activity.Text, knowledge) : false;
        }

        // "I want to talk to a real person, not a robot" holds a "not" and means yes; "no, I don't need a human" is a no need.
        // "I already wrote them 2 times, I don't want to write again": the seller contacted as the policy asks is a yes too.
        // (Not after a plain 「いいえ」 / "no": 「いいえ、あと2回連絡してみます」 declines.)
        var answer = YesNoPrompt.Read(context.Activity.Text, knowledge);
        var folded = SupportBot.Dialogs.Engine.Choices.TextNormalizer.Fold(context.Activity.Text);
        return reading.Has(TurnActs.Person)
            || (!LeadingNo().IsMatch(folded) && SellerContacts.Count(context.Activity.Text) >= knowledge.Escalation.SellerSilentContacts && WroteToSeller().IsMatch(folded))
            ? true
            : answer;
    }

    // A request made of the bot: "please / pass me / connect me", 「つないで」「お願い」.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])(?:please|pass me|connect me|transfer me|put me through|get me|hand me|can i (?:talk|speak)|i want to (?:talk|speak))(?![a-z])|つないで|繋いで|代わって|かわって|お願い|おねがい|たのむ|頼む|ください|くれ")]
    protected static partial System.Text.RegularExpressions.Regex AsksForIt();

    /// <summary>True for the question that closes a topic ("Did that solve it?"): anything but yes or no is a follow-up.</summary>
    protected virtual bool ClosesTopic(string promptId) => false;

    /// <summary>
    /// A fact that differs from one given earlier, said as a correction or instead of an answer ("sorry, it already
    /// says shipped"): the slot takes the new value, the customer is told, and the topic goes on from the first slot
    /// still empty, so the outcome follows the new value. A new order number after the outcome is another order (null).
    /// </summary>
    private async Task<DialogTurnResult?> CorrectAsync(DialogContext innerDc, ISupportPrompt prompt, TurnReading reading, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var turn = reading.Turn;
        var inquiry = CurrentInquiry(innerDc);
        // 「最後は９０５５１８１でした」: one group of the number corrected; the group it replaces is the one it is closest to.
        if (turn.OrderNumber is null && reading.Has(TurnActs.Correction) && inquiry.OrderNumber is { } kept
            && OrderNumberGroup.Replace(kept, context.Activity.Text) is { } mended && mended != kept)
        {
            turn = turn with { OrderNumber = mended };
            reading = reading with { Turn = turn, Acts = reading.Acts | TurnActs.Fact };
        }

        if (!reading.Has(TurnActs.Fact) || InitialDialogId is not { } topicStart || (!reading.Has(TurnActs.Correction) && prompt.CanRead(context)))
        {
            return null;
        }

        var knowledge = Knowledge.Current;
        var language = ConversationLanguage.Current(context);
        var orderChanged = turn.OrderNumber is { } number && inquiry.OrderNumber is { } given && number != given;
        if (orderChanged && ClosesTopic(innerDc.ActiveDialog!.Id) && !reading.Has(TurnActs.Correction))
        {
            return null;
        }

        // 「もう一つの注文 250-… もキャンセルしたい」: another order is a second inquiry of its own, not a correction.
        if (orderChanged && reading.Has(TurnActs.AnotherOrder) && !reading.Has(TurnActs.Correction))
        {
            return await OnInterruptedAsync(innerDc, new OrderInquiry().Finish(ConversationNext.Reroute), cancellationToken).ConfigureAwait(false);
        }

        // A stage given after an FAQ answer (「発送済みじゃなかった。普通に未発送」) is an order to decide, not the same answer
        // again: what changed is said, and the message is routed with the facts kept.
        if (inquiry.Topic == SupportTopic.Faq && turn.Stage is not null && !reading.Has(TurnActs.Question))
        {
            await SayCorrectedAsync(context, inquiry.Correct(turn, knowledge, language), cancellationToken).ConfigureAwait(false);
            return await OnInterruptedAsync(innerDc, inquiry.Finish(ConversationNext.Reroute), cancellationToken).ConfigureAwait(false);
        }

        // A day said in passing (「昨日もう一回連絡した」) is no correction of the day the refund is counted from; one said as
        // a correction, with what was done that day ("cancelled on the 3rd, so 9 days ago"), or alone ("tuesday. so 5 days") is.
        var tellsDay = reading.Has(TurnActs.Correction)
            || (!reading.Has(TurnActs.Question) && (reading.Has(TurnActs.AlreadyDone) || reading.Only(TurnActs.Fact | TurnActs.Acknowledge)));
        // A return asked for a parcel told received that turns out not to have arrived (「ちごた まだ届いとらん」) can only
        // be refused at the door; "the page says shipped" of a parcel in hand changes nothing.
        if (inquiry.Topic == SupportTopic.ReturnItem && inquiry.StageValue == OrderStage.Received && reading.Has(TurnActs.Correction)
            && turn.Stage == KnowledgeIds.Id(OrderStage.Shipped) && NotArrivedYet().IsMatch(SupportBot.Dialogs.Engine.Choices.TextNormalizer.Fold(context.Activity.Text)))
        {
            inquiry.Topic = SupportTopic.RefuseDelivery;
        }

        var paidBefore = inquiry.PaymentValue;
        var changed = inquiry.Correct(tellsDay ? turn : turn with { DaysAgo = null, Date = null }, knowledge, language);

        if (!orderChanged && changed.Count == 0)
        {
            // Said again as a correction when the bot already had it (「ごめん、やっぱりもう発送されてました」): it stands,
            // and the topic goes on from where it is, its outcome said again (after the outcome, nothing needs saying again).
            if (!reading.Has(TurnActs.Correction) || reading.Has(TurnActs.Question) || !Restates(inquiry, turn) || ClosesTopic(innerDc.ActiveDialog!.Id))
            {
                return null;
            }

            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(topicStart, inquiry, cancellationToken).ConfigureAwait(false);
        }

        if (orderChanged)
        {
            // The topic starts again with the new number: it is looked up afresh, and what the order system said
            // about the old order is dropped; what the customer said stays.
            inquiry.OrderNumber = turn.OrderNumber;
            inquiry.LookedUp = false;
            inquiry.SellerSilent = false;
            if (inquiry.FromOrderSystem)
            {
                (inquiry.Stage, inquiry.Seller, inquiry.PaymentMethod, inquiry.FromOrderSystem) = (null, null, null, false);
            }

            await SendTextAsync(context, MessageKeys.NavOrderNumberCorrected, cancellationToken, ("orderNumber", turn.OrderNumber!)).ConfigureAwait(false);
        }

        await SayCorrectedAsync(context, changed, cancellationToken).ConfigureAwait(false);
        inquiry.FillFrom(turn);
        await AnswerWithCorrectedFactsAsync(context, reading, inquiry, paidBefore, cancellationToken).ConfigureAwait(false);

        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await innerDc.BeginDialogAsync(topicStart, inquiry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// What a correction changes in what was already said: 「カードやなくて代引きどした、お金はどないして戻りますのやろ」
    /// asks its question of the new facts, and a payment corrected after its refund timing was given gets the new
    /// method's timing. Nothing is said that the topic's own outcome, which follows, says anyway.
    /// </summary>
    private async Task AnswerWithCorrectedFactsAsync(ITurnContext context, TurnReading reading, OrderInquiry inquiry, PaymentMethod? paidBefore, CancellationToken cancellationToken)
    {
        // An FAQ topic starts again and answers its own question with the new facts: only another question is answered here.
        if (inquiry.Topic == SupportTopic.Faq)
        {
            if (reading.Has(TurnActs.Question) && AsideAnswer(context) is { } other && other.Entry?.Id != FaqMatcher.FindQuestion(inquiry.Question, Knowledge.Current)?.Id)
            {
                await SendAnswerAsync(context, other, inquiry, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        // With the seller known and the stage known (or given by the topic: a return, a refusal) the topic reaches its
        // outcome now, and that outcome gives the refund line.
        var outcomeFollows = inquiry.SellerValue is not null
            && (inquiry.StageValue is not null || inquiry.Topic is SupportTopic.ReturnItem or SupportTopic.RefuseDelivery or SupportTopic.ShippedAnyway);
        if (reading.Has(TurnActs.Question) && AsideAnswer(context) is { } aside)
        {
            if (!((outcomeFollows || inquiry.Topic == SupportTopic.Refund) && QuestionAnswerer.IsRefundTiming(aside.Id)))
            {
                await SendAnswerAsync(context, aside, inquiry, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (inquiry.PaymentValue is { } paid && paid != paidBefore && paidBefore is not null && !outcomeFollows && inquiry.Topic != SupportTopic.Refund
            && QuestionAnswerer.PersonalRefund(Knowledge.Current, ConversationLanguage.Current(context), inquiry) is { } refund)
        {
            await context.SendActivityAsync(refund.BuildText(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// After the outcome, at "Did that solve it?", a message that is neither yes nor no: thanks alone is a yes; a new
    /// order, a question or a new request ends this topic and is routed as a request of its own. Null otherwise.
    /// </summary>
    private async Task<DialogTurnResult?> FollowUpAsync(DialogContext innerDc, TurnReading reading, CancellationToken cancellationToken)
    {
        var endsInThanks = EndsInThanks(innerDc.Context, reading);
        if (reading.Has(TurnActs.Thanks | TurnActs.Bye | TurnActs.Acknowledge)
            && !reading.Has(TurnActs.Question | TurnActs.Topic | TurnActs.Fact | TurnActs.OutOfScope | TurnActs.Complaint)
            && (endsInThanks || !reading.Has(TurnActs.MoneyMissing | TurnActs.SellerSilent)))
        {
            return await innerDc.EndDialogAsync(true, cancellationToken).ConfigureAwait(false);
        }

        if (!reading.Has(TurnActs.Question | TurnActs.Topic | TurnActs.Fact | TurnActs.OutOfScope | TurnActs.Complaint))
        {
            return await SurelyAnsweredAsync(innerDc, reading, cancellationToken).ConfigureAwait(false);
        }

        var inquiry = CurrentInquiry(innerDc);
        var another = reading.Turn.OrderNumber is { } number && inquiry.OrderNumber is { } given && number != given;
        var facts = another ? new OrderInquiry() : inquiry;
        return await OnInterruptedAsync(innerDc, facts.Finish(ConversationNext.Reroute), cancellationToken).ConfigureAwait(false);
    }

    // 「戻らないようでしたら改めてご連絡いたします。ありがとうございました。」 ends in thanks: what it says before is a plan.
    private bool EndsInThanks(ITurnContext context, TurnReading reading) =>
        reading.Has(TurnActs.Thanks | TurnActs.Bye) && TurnReader.Sentences(context.Activity.Text) is { Count: > 1 } sentences
        && TurnReader.Read(sentences[^1], RecognizedTurn.None, Knowledge.Current) is var last
        && last.Has(TurnActs.Thanks | TurnActs.Bye) && !last.Has(TurnActs.MoneyMissing | TurnActs.SellerSilent);

    /// <summary>
    /// A message that does not answer the question being asked, read as a whole: thanks or goodbye closes politely;
    /// facts for other questions are kept and the topic goes on; a complaint gets an apology and a person offered; a
    /// question the FAQ answers is answered; a topic this chat does not cover is named as such; a question about another
    /// topic, or a new request, starts that topic; any other question is honestly not answered here. The question is
    /// then asked again with every slot kept. Null when none of these applies.
    /// </summary>
    private async Task<DialogTurnResult?> DigressAsync(DialogContext innerDc, TurnReading reading, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var knowledge = Knowledge.Current;
        var turn = reading.Turn;
        var inquiry = CurrentInquiry(innerDc);
        var language = ConversationLanguage.Current(context);
        // A fact said again in passing (「もう一回出品者さんに連絡してみます、ありがとう」) tells nothing new.
        // The topic being handled named again ("I will wait on the refund, then. Thanks") asks for nothing new either.
        var otherTopic = SupportTopics.ForIntent(turn.Intent) != inquiry.Topic;
        var asksMore = TurnActs.Question | (otherTopic ? TurnActs.Topic : TurnActs.None) | TurnActs.OutOfScope | TurnActs.Complaint | TurnActs.MoneyMissing
            | TurnActs.SellerSilent | TurnActs.AlreadyDone | (Fills(inquiry, turn) ? TurnActs.Fact : TurnActs.None);
        // A plan ending in thanks (「様子を見て、戻らないようでしたら改めて連絡します。ありがとうございました」) closes too.
        if (reading.Has(TurnActs.Thanks | TurnActs.Bye) && (!reading.Has(asksMore) || (EndsInThanks(context, reading) && !reading.Has(TurnActs.Question | TurnActs.Complaint | TurnActs.OutOfScope))))
        {
            await SendTextAsync(context, reading.Has(TurnActs.Thanks) ? MessageKeys.NavThanks : MessageKeys.NavGoodbye, cancellationToken).ConfigureAwait(false);
            return await OnInterruptedAsync(innerDc, inquiry.Finish(ConversationNext.Done), cancellationToken).ConfigureAwait(false);
        }

        // "OK" / 「わかった」 to what was just said, or 「もしもし」 "hello?" calling for attention: nothing to read, so the
        // question is simply asked again.
        if (reading.Has(TurnActs.Acknowledge | TurnActs.Greeting) && !reading.Has(asksMore))
        {
            return await AskAgainAsync(innerDc, (Activity)MessageFactory.Text(knowledge.Text(MessageKeys.NavResume, language)), cancellationToken).ConfigureAwait(false);
        }

        // 「あ、ちゃうちゃう」: something said was wrong, but not what: the right details are asked for, the question kept.
        if (reading.Has(TurnActs.Correction) && !reading.Has(asksMore) && Denies().IsMatch(SupportBot.Dialogs.Engine.Choices.TextNormalizer.Fold(context.Activity.Text)))
        {
            return await AskAgainAsync(innerDc, (Activity)MessageFactory.Text(knowledge.Text(MessageKeys.NavCorrectionWhich, language)), cancellationToken, helped: true).ConfigureAwait(false);
        }

        // The seller does not reply: how contacting them works, and a person offered. Told earlier, a count of the
        // messages sent since (「店にも2回送ってんの もう待てない」) is the same silence, now past the policy.
        if (reading.Has(TurnActs.SellerSilent)
            || (inquiry.SellerSilent && inquiry.SellerValue != SellerType.Store && !reading.Has(TurnActs.AlreadyDone)
                && SellerContacts.Count(context.Activity.Text) >= knowledge.Escalation.SellerSilentContacts
                && SupportBot.Dialogs.Engine.Choices.TextNormalizer.Fold(context.Activity.Text) is var sent && WroteToSeller().IsMatch(sent) && !LeadingNo().IsMatch(sent)))
        {
            inquiry.SellerSilent = true;
            if (SellerSilentPastPolicy(context, turn, inquiry))
            {
                return await OnInterruptedAsync(innerDc, inquiry.FillFrom(turn).EscalateFor(EscalationTrigger.SellerSilent), cancellationToken).ConfigureAwait(false);
            }

            PromptOffer.Offer(innerDc.ActiveDialog!, KnowledgeIds.Id(EscalationTrigger.SellerSilent));
            await context.SendActivityAsync(SellerSilentOffer(knowledge, language, context.Activity.ChannelId), cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        // 「返したのは10日前です、まだ何も」「キャンセル済みになってます」 in the middle of a cancellation or return: that is
        // done, and what is left is its refund; the message is routed again with every fact kept.
        if (LeavesOnlyRefund(reading, inquiry, context.Activity.Text) && (inquiry.HasFacts || TellsRefundDue(reading)))
        {
            return await OnInterruptedAsync(innerDc, inquiry.FillFrom(turn).Finish(ConversationNext.Reroute), cancellationToken).ConfigureAwait(false);
        }

        // Facts for questions not asked yet: kept, and the topic goes on from the first question still open, after
        // the question or the topic out of scope that came with them is answered.
        if (reading.Has(TurnActs.Fact) && InitialDialogId is { } topicStart && Fills(inquiry, turn))
        {
            // 「しはらいはぺいぺいだ。もうひかれでる」 in a failed or refused request, whose outcome has no refund line: the
            // payment's refund timing is said, for when the order is cancelled or returned.
            var paymentTold = inquiry.PaymentMethod is null && turn.PaymentMethod is not null && !reading.Has(TurnActs.Question)
                && inquiry.Topic is SupportTopic.FailedOrRefused or SupportTopic.RequestFailed or SupportTopic.RequestRefused;
            inquiry.FillFrom(turn);
            if (paymentTold && QuestionAnswerer.PersonalRefund(knowledge, language, inquiry) is { } refund)
            {
                await context.SendActivityAsync(refund.BuildText(), cancellationToken).ConfigureAwait(false);
            }

            if (reading.OutOfScopeTopic is { } aside)
            {
                await context.SendActivityAsync(DeclinedByName(knowledge, aside, language), cancellationToken).ConfigureAwait(false);
            }
            else if (reading.Has(TurnActs.Question) && AnswerFor(context).Answer is { } answer)
            {
                await SendAnswerAsync(context, answer, inquiry, cancellationToken).ConfigureAwait(false);
            }

            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(topicStart, inquiry, cancellationToken).ConfigureAwait(false);
        }

        var answersComplaint = AnswersComplaint(context, reading);
        if (reading.Has(TurnActs.Complaint) && !answersComplaint)
        {
            PromptOffer.Offer(innerDc.ActiveDialog!, KnowledgeIds.Id(EscalationTrigger.CustomerRequest));
            var offer = YesNoPrompt.Offer(context.Activity.ChannelId, knowledge.Text(MessageKeys.NavComplaintOffer, language), knowledge, language);
            await context.SendActivityAsync(offer, cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        if (reading.OutOfScopeTopic is { } named)
        {
            foreach (var beside in QuestionAnswerer.BesideOutOfScope(context.Activity.Text, knowledge, language))
            {
                await context.SendActivityAsync(QuestionAnswerer.Compose(beside, knowledge, language, new OrderInquiry().FillFrom(inquiry).FillFrom(turn)), cancellationToken).ConfigureAwait(false);
            }

            return await AskAgainAsync(innerDc, DeclinedByName(knowledge, named, language), cancellationToken, atLimit: DeclinedWithOffer(knowledge, named, language, context.Activity.ChannelId)).ConfigureAwait(false);
        }

        // 「キャンセルを取り消していただくことはできますでしょうか」 asks for the withdrawal, which has an answer of its own.
        if (turn.Is(SupportIntents.WithdrawCancel, 0.6) && inquiry.Topic != SupportTopic.WithdrawCancel)
        {
            return await OnInterruptedAsync(innerDc, inquiry.Finish(ConversationNext.Reroute), cancellationToken).ConfigureAwait(false);
        }

        if ((turn.Is(SupportIntents.Faq) || reading.Has(TurnActs.Question)) && !turn.Is(SupportIntents.OutOfScope, IntentBlend.Confident)
            && AnswerFor(context) is { } choice && (choice.Answer is not null || choice.Unsure))
        {
            if (choice.Answer is null)
            {
                // "A or B?": the question stays open, and the chosen question is answered before it is asked again.
                await context.SendActivityAsync(QuestionAnswerer.Clarify(choice, knowledge, language, context.Activity.ChannelId), cancellationToken).ConfigureAwait(false);
                return EndOfTurn;
            }

            if (answersComplaint)
            {
                await SendTextAsync(context, MessageKeys.NavApologyThenHelp, cancellationToken).ConfigureAwait(false);
            }

            await SendAnswerAsync(context, choice.Answer, inquiry, cancellationToken).ConfigureAwait(false);
            return await AskAgainAsync(innerDc, (Activity)MessageFactory.Text(knowledge.Text(MessageKeys.NavResume, language)), cancellationToken, helped: true).ConfigureAwait(false);
        }

        if (reading.Has(TurnActs.OutOfScope))
        {
            return await AskAgainAsync(innerDc, Declined(knowledge.Text(MessageKeys.ScopeNotCoveredHere, language), null), cancellationToken, atLimit: DeclinedWithOffer(knowledge, null, language, context.Activity.ChannelId)).ConfigureAwait(false);
        }

        // A request for another of the bot's topics: that topic starts, with the facts given so far.
        var topic = SupportTopics.ForIntent(turn.Intent);
        if (reading.Has(TurnActs.Topic) && topic is not SupportTopic.None and not SupportTopic.Faq && topic != inquiry.Topic)
        {
            return await OnInterruptedAsync(innerDc, inquiry.Finish(ConversationNext.Reroute), cancellationToken).ConfigureAwait(false);
        }

        if (reading.Has(TurnActs.Question))
        {
            return await AskAgainAsync(innerDc, Declined(knowledge.Text(MessageKeys.ScopeQuestionNotHere, language), null), cancellationToken, atLimit: DeclinedWithOffer(knowledge, null, language, context.Activity.ChannelId)).ConfigureAwait(false);
        }

        // 「思うちょったより こんまいがよ」: why, not the answer; noted, and the question asked again (it counts as a miss, so
        // a customer who keeps telling and never answers is offered a person).
        if (reading.Has(TurnActs.Explains))
        {
            return await AskAgainAsync(innerDc, (Activity)MessageFactory.Text(knowledge.Text(MessageKeys.NavNoted, language)), cancellationToken).ConfigureAwait(false);
        }

        return await SurelyAnsweredAsync(innerDc, reading, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// 「送料ってこっち持ちなん」 asks without any of a question's words: where the FAQ classifier and the ranking agree on
    /// its answer, it is answered and the question asked again, rather than "not understood". Null otherwise.
    /// </summary>
    private async Task<DialogTurnResult?> SurelyAnsweredAsync(DialogContext innerDc, TurnReading reading, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        if (reading.Turn.Is(SupportIntents.OutOfScope, IntentBlend.Confident) || AnswerFor(context) is not { Answer: { } answer, Method: "classifier" })
        {
            return null;
        }

        var facts = new OrderInquiry().FillFrom(CurrentInquiry(innerDc)).FillFrom(reading.Turn);
        var language = ConversationLanguage.Current(context);
        await SendAnswerAsync(context, answer, facts, cancellationToken).ConfigureAwait(false);
        return await AskAgainAsync(innerDc, (Activity)MessageFactory.Text(Knowledge.Current.Text(MessageKeys.NavResume, language)), cancellationToken, helped: true).ConfigureAwait(false);
    }

    // Something done already (a cancellation, a return sent, a delivery refused) in a cancellation, return or refusal.
    private static bool LeavesOnlyRefund(TurnReading reading, OrderInquiry inquiry, string? text) =>
        reading.Has(TurnActs.AlreadyDone) && reading.Turn.Stage is null && DoneLeavesRefund(inquiry.Stage, text)
        && inquiry.Topic is SupportTopic.CancelOrder or SupportTopic.ReturnItem or SupportTopic.RefuseDelivery;

    /// <summary>The money missing, or the day it was done: what the refund status needs.</summary>
    protected static bool TellsRefundDue(TurnReading reading) =>
        reading.Has(TurnActs.MoneyMissing) || reading.Turn.DaysAgo is not null || reading.Turn.Date is not null;

    // A topic the recognizer is sure of, other than the one under way.
    private static bool AsksAnotherTopic(TurnReading reading, OrderInquiry inquiry) =>
        reading.Has(TurnActs.Topic) && reading.Turn.Score >= 0.6
        && SupportTopics.ForIntent(reading.Turn.Intent) is not (SupportTopic.None or SupportTopic.Faq or SupportTopic.Human) and var asked
        && asked != inquiry.Topic;

    // True when the message gives a stage, seller or payment the inquiry already has.
    private static bool Restates(OrderInquiry inquiry, RecognizedTurn turn) =>
        (turn.Stage is not null && turn.Stage == inquiry.Stage)
        || (turn.Seller is not null && turn.Seller == inquiry.Seller)
        || (turn.PaymentMethod is not null && turn.PaymentMethod == inquiry.PaymentMethod);

    // True when the message gives a fact the inquiry does not have yet.
    private static bool Fills(OrderInquiry inquiry, RecognizedTurn turn) =>
        (turn.OrderNumber is not null && inquiry.OrderNumber is null)
        || (KnowledgeIds.TryParseStage(turn.Stage, out _) && inquiry.Stage is null)
        || (KnowledgeIds.TryParseSeller(turn.Seller, out _) && inquiry.Seller is null)
        || ((KnowledgeIds.TryParsePayment(turn.PaymentMethod, out _) || turn.PaymentMethod == OrderInquiry.Unknown) && inquiry.PaymentMethod is null)
        || ((turn.DaysAgo is not null || turn.Date is not null) && inquiry.DaysAgo is null && inquiry.Date is null);

    /// <summary>Upset and asking something the knowledge base answers: the apology and the answer, not only a person.</summary>
    protected bool AnswersComplaint(ITurnContext context, TurnReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Has(TurnActs.Complaint) && reading.Has(TurnActs.Question) && AnswerFor(context).Answer is not null;
    }

    /// <summary>
    /// The escalation policy's silent seller met from what the customer said: contacted as often as it asks (「メッセージ
    /// 2回送った」, "messaged them twice") and a day or more gone. Then a person takes over at once, not after an offer.
    /// </summary>
    protected bool SellerSilentPastPolicy(ITurnContext context, RecognizedTurn turn, OrderInquiry? facts)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(turn);
        return SellerContacts.Count(context.Activity.Text) >= Knowledge.Current.Escalation.SellerSilentContacts
            && (turn.DaysAgo ?? facts?.DaysAgo ?? 0) >= 1;
    }

    /// <summary>
    /// A silent seller told of with the order already shipped or arrived in the same breath (「返事もないまま発送された」)
    /// is told the way on first, refusing the delivery or returning it; otherwise the silence is what to answer.
    /// </summary>
    protected static bool SilenceMatters(string? stage) => StillCancellable(stage);

    // Not known to have shipped: the order may still be cancelled.
    private static bool StillCancellable(string? stage) =>
        !KnowledgeIds.TryParseStage(stage, out var known) || known is OrderStage.NotShipped or OrderStage.Preparing;

    /// <summary>How contacting a silent seller works, then "shall I connect you with a person?" with yes and no.</summary>
    protected static IMessageActivity SellerSilentOffer(KnowledgeSnapshot knowledge, string language, string channelId)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var policy = knowledge.Escalation;
        var text = knowledge.Text(
            MessageKeys.MarketplaceSilenceRule,
            language,
            ("contacts", policy.SellerSilentContacts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("hours", policy.SellerSilentHours.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            + "\n\n" + knowledge.Text(MessageKeys.MarketplaceOfferPerson, language);
        return YesNoPrompt.Offer(channelId, text, knowledge, language);
    }

    /// <summary>「ポイントについては、このチャットではご案内できません」: the topic named, marked as out of scope.</summary>
    protected static Activity DeclinedByName(KnowledgeSnapshot knowledge, OutOfScopeTopic topic, string language) =>
        Declined(knowledge.Text(MessageKeys.ScopeNamedHere, language, ("topic", topic.Label.For(language))), topic.Id);

    /// <summary>
    /// A topic this chat does not cover, declined (by name when the customer named it) with "shall I connect you with a
    /// person?" and yes and no, marked as out of scope.
    /// </summary>
    protected static IMessageActivity DeclinedWithOffer(KnowledgeSnapshot knowledge, OutOfScopeTopic? topic, string language, string channelId)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var text = topic is null
            ? knowledge.Text(MessageKeys.ScopeNotCovered, language)
            : knowledge.Text(MessageKeys.ScopeNamed, language, ("topic", topic.Label.For(language)));
        var offer = YesNoPrompt.Offer(channelId, text, knowledge, language);
        offer.Entities = [OutcomeEntities.OutOfScope(topic?.Id)];
        return offer;
    }

    private static Activity Declined(string text, string? topic)
    {
        var message = (Activity)MessageFactory.Text(text);
        message.Entities = [OutcomeEntities.OutOfScope(topic)];
        return message;
    }

    /// <summary>
    /// After a digression: the pending question again, unless the question has now gone unanswered as often as the
    /// escalation policy allows, in which case a person is offered (a digression the bot could not help with counts as
    /// a miss, so nothing loops; a question answered does not: the customer was helped). A decline brings its own offer
    /// for that moment (<paramref name="atLimit"/>): a topic declined stays declined, never "not understood".
    /// </summary>
    private async Task<DialogTurnResult> AskAgainAsync(DialogContext innerDc, Activity lead, CancellationToken cancellationToken, bool helped = false, IMessageActivity? atLimit = null)
    {
        var context = innerDc.Context;
        var knowledge = Knowledge.Current;
        var active = innerDc.ActiveDialog!;
        PromptOffer.ForgetExplanation(active);
        if (!helped && PromptOffer.CountMiss(active) >= knowledge.Escalation.NotUnderstoodLimit)
        {
            var language = ConversationLanguage.Current(context);
            PromptOffer.Offer(active, KnowledgeIds.Id(atLimit is null ? EscalationTrigger.NotUnderstood : EscalationTrigger.CustomerRequest));
            var offer = atLimit ?? YesNoPrompt.Offer(context.Activity.ChannelId, knowledge.Text(MessageKeys.NotUnderstoodSecond, language), knowledge, language);
            await context.SendActivityAsync(offer, cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        await context.SendActivityAsync(lead, cancellationToken).ConfigureAwait(false);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    // Not an answer to the question; or only loosely "I don't know" while the classifier is sure it is thanks, a
    // question or something out of scope ("thanks, that's all I needed" is no status).
    private static bool Digresses(ISupportPrompt prompt, ITurnContext context, RecognizedTurn turn) =>
        !prompt.CanRead(context)
        || (!prompt.ReadsAnswer(context) && turn.Score >= IntentBlend.Confident
            && turn.Intent is SupportIntents.Thanks or SupportIntents.Faq or SupportIntents.OutOfScope or SupportIntents.RefundStatus);

    // A question of its own that the knowledge base answers, with no fact in it, is not an answer to this one, even
    // where a word of it matches a button (「…ありますか？」 is not 「はい」).
    protected bool AsksInstead(ITurnContext context, TurnReading reading) =>
        reading.Has(TurnActs.Question) && !reading.Has(TurnActs.Fact) && (context.Activity.Text?.Length ?? 0) > 12
        && AnswerFor(context) is { } choice && (choice.Answer is not null || choice.Unsure);

    /// <summary>
    /// The answer to a question asked beside facts or an answer, looked up in the message's asking sentences alone when
    /// others only tell facts (「注文番号は…です。まだ発送前です。ペナルティはありますか?」); otherwise, unless
    /// <paramref name="apartOnly"/>, this turn's answer. Null when nothing clearly answers it.
    /// </summary>
    protected AnswerPassage? AsideAnswer(ITurnContext context, bool apartOnly = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Activity.Text ?? string.Empty;
        var asked = TurnReader.QuestionPart(text, Knowledge.Current);
        return asked != text ? (TurnReader.HasSubstance(asked) ? QuestionAnswerer.Choose(asked, Knowledge.Current, ConversationLanguage.Current(context)).Answer : null)
            : apartOnly ? null : AnswerFor(context).Answer;
    }

    /// <summary>
    /// What in the knowledge answers this turn's message, worked out once per turn however many steps ask (the
    /// prompt's check, the digression, the menu and the routing all read the same message).
    /// </summary>
    protected AnswerChoice AnswerFor(ITurnContext context) =>
        QuestionAnswerer.ForTurn(context, Knowledge.Current, ConversationLanguage.Current(context));

    /// <summary>An answer, then the answers to the other questions the same message asks (<see cref="QuestionAnswerer.AlsoAsked"/>).</summary>
    protected async Task SendAnswerAsync(ITurnContext context, AnswerPassage passage, OrderInquiry? facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.SendActivityAsync(QuestionAnswerer.Compose(passage, Knowledge.Current, ConversationLanguage.Current(context), facts), cancellationToken).ConfigureAwait(false);
        await SendAlsoAskedAsync(context, passage, facts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The answers to the other questions the message asks beside the one <paramref name="passage"/> answers.</summary>
    protected async Task SendAlsoAskedAsync(ITurnContext context, AnswerPassage passage, OrderInquiry? facts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var knowledge = Knowledge.Current;
        var language = ConversationLanguage.Current(context);
        foreach (var also in QuestionAnswerer.AlsoAsked(context.Activity.Text, passage, knowledge, language))
        {
            await context.SendActivityAsync(QuestionAnswerer.Compose(also, knowledge, language, facts), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>"I've corrected that to …" with the labels of what changed, when anything did.</summary>
    protected Task SayCorrectedAsync(ITurnContext turnContext, IReadOnlyList<string> changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(changed);
        var separator = LocalizedText.IsEnglish(ConversationLanguage.Current(turnContext)) ? ", " : "、";
        return changed.Count == 0 ? Task.CompletedTask : SendTextAsync(turnContext, MessageKeys.NavFactCorrected, cancellationToken, ("fact", string.Join(separator, changed)));
    }

    /// <summary>False where a prompt's unread message is routed as a new request instead (the main menu).</summary>
    protected virtual bool DigressesAtPrompts => true;

    /// <summary>Explains what the current step needs, with an example, then asks its question again.</summary>
    protected virtual async Task<DialogTurnResult> OnHelpAsync(DialogContext innerDc, MessageKey helpKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await SendTextAsync(innerDc.Context, helpKey, cancellationToken).ConfigureAwait(false);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>A topic stops here and hands the inquiry (with what to do next) to MainDialog.</summary>
    protected virtual async Task<DialogTurnResult> OnInterruptedAsync(DialogContext innerDc, OrderInquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Complete, inquiry);
    }

    /// <summary>The inquiry this topic is filling: the options of its waterfall, at the bottom of the inner stack.</summary>
    protected virtual OrderInquiry CurrentInquiry(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var bottom = innerDc.Stack.Count > 0 ? innerDc.Stack[^1] : null;
        var options = bottom?.State.TryGetValue(WaterfallDialog.PersistedOptions, out var raw) == true ? raw : null;
        return StateValue.Convert<OrderInquiry>(options) ?? new OrderInquiry();
    }

    protected Task SendTextAsync(ITurnContext turnContext, MessageKey key, CancellationToken cancellationToken, params (string Name, string Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = Knowledge.Current.Text(key, ConversationLanguage.Current(turnContext), args);
        return turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }

    /// <summary>
    /// Something already done leaves only its refund to look into: before shipping (a cancellation), or with the return
    /// sent (arrived) or the delivery refused (shipped). Cancelled but shipped or arrived all the same, the parcel still
    /// has to be refused or returned.
    /// </summary>
    protected static bool DoneLeavesRefund(string? stage, string? text)
    {
        if (StillCancellable(stage))
        {
            return true;
        }

        var folded = SupportBot.Dialogs.Engine.Choices.TextNormalizer.Fold(text);
        return KnowledgeIds.TryParseStage(stage, out var known)
            && ((known == OrderStage.Received && AlreadyReturned().IsMatch(folded)) || (known == OrderStage.Shipped && AlreadyRefused().IsMatch(folded)));
    }

    /// <summary>「5日前に返品で送りました」: a return already sent (what was returned had arrived).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"返品(?:の手続き|手続き|の申請|申請|リクエスト)?(?:は|も)?(?:もう|既に|すでに)?(?:し|済|出|送)|返品で(?:送り|送っ|返送)|返送(?:し|済)|送り返し(?:た|ました)|(?<!繰り|くり|折り|おり)返し(?:た|まし)|返却(?:し|済)|(?<![a-z])(?:already returned|returned it|sent it back|i returned)(?![a-z])")]
    protected static partial System.Text.RegularExpressions.Regex AlreadyReturned();

    [System.Text.RegularExpressions.GeneratedRegex(@"受取拒否(?:し|済)|受け取り拒否し|受け取りを拒否し|(?<![a-z])(?:refused the delivery|refused it|refused the package)(?![a-z])")]
    private static partial System.Text.RegularExpressions.Regex AlreadyRefused();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:いいえ|いや|いえ|no|nope|nah)(?![a-z])")]
    private static partial System.Text.RegularExpressions.Regex LeadingNo();

    // Writing to the seller: messages sent, not an order placed twice (folded text: katakana reads as hiragana).
    [System.Text.RegularExpressions.GeneratedRegex(@"連絡|めっせーじ|問い合わせ|送った|送りました|送って(?!ください|くれ|ほし|もら)|おくった|おくって(?!ください|くれ|ほし|もら)|送信|書いた|書きました|(?<![a-z])(?:wrote|written|write|messaged|message|contacted|emailed|mailed)(?![a-z])")]
    private static partial System.Text.RegularExpressions.Regex WroteToSeller();

    [System.Text.RegularExpressions.GeneratedRegex(@"ちがう|ちがいます|ちがった|ちゃう|違う|違います|違った|間違え|まちがえ|(?<![a-z])(?:wrong|mistake|typo|not that|that's not|thats not)(?![a-z])")]
    private static partial System.Text.RegularExpressions.Regex Denies();

    [System.Text.RegularExpressions.GeneratedRegex(@"まだ(?:届|とど|来て|きて|着)|届いて(?:い)?な|届いとら|届いてへ|(?<![a-z])(?:not (?:yet )?(?:arrived|delivered|come)|hasn'?t (?:arrived|come|been delivered)|has not (?:arrived|come|been delivered)|not here yet)")]
    private static partial System.Text.RegularExpressions.Regex NotArrivedYet();
}
