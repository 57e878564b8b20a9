using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Cancellation;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Failures;
using SupportBot.Dialogs.Answering;
using SupportBot.Dialogs.Faq;
using SupportBot.Dialogs.Interruptions;
using SupportBot.Understanding.Language;
using SupportBot.Dialogs.Main;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Prompts;
using SupportBot.Understanding;
using SupportBot.Dialogs.Refunds;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs;

/// <summary>
/// The root of the support conversation. Every message is recognized once and its language chosen; then the
/// message opens a topic (cancel, refund, failed or refused request, shipped anyway, withdraw, FAQ, a person),
/// the topic's waterfall runs, and what it hands back decides the close: done, start over, quit or a person.
/// MainDialog never ends: it rests between topics so the conversation's language stays in its state.
/// </summary>
public sealed partial class MainDialog : SupportComponentDialog
{
    private const string Waterfall = nameof(MainDialog) + ".waterfall";
    private const string MenuPrompt = nameof(MainDialog) + ".menu";
    private const string LanguageKey = "language";

    private readonly IIntentRecognizer _recognizer;
    private readonly IEscalationService _escalation;

    public MainDialog(
        IKnowledgeBase knowledge,
        IIntentRecognizer recognizer,
        IEscalationService escalation,
        IOrderService? orders = null,
        TimeProvider? clock = null,
        IOptions<OrderSystemOptions>? orderSystem = null,
        ILoggerFactory? loggers = null)
        : base(nameof(MainDialog), knowledge)
    {
        _recognizer = recognizer;
        _escalation = escalation;
        AddDialog(new WaterfallDialog(Waterfall,
        [
            WaitOrAskStepAsync,
            StartTopicStepAsync,
            FinishTopicStepAsync,
        ]));
        AddDialog(new SlotChoicePrompt(MenuPrompt, knowledge, MessageKeys.HelpMenu, SlotChoices.Menu));
        AddDialog(new CancellationDialog(knowledge, new OrderSystemGuard(orders, orderSystem?.Value.Timeout, loggers?.CreateLogger<OrderSystemGuard>(), clock)));
        AddDialog(new RefundDialog(knowledge, clock ?? TimeProvider.System));
        AddDialog(new FailureDialog(knowledge));
        AddDialog(new GuidanceDialog(knowledge));
        AddDialog(new FaqDialog(knowledge));
        InitialDialogId = Waterfall;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var typed = await PrepareTurnAsync(dc, cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.BeginDialogAsync(dc, options ?? MainOptions.Route, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            dc.Context.Activity.Text = typed;
        }
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var typed = await PrepareTurnAsync(dc, cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.ContinueDialogAsync(dc, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            dc.Context.Activity.Text = typed;
        }
    }

    protected override bool DigressesAtPrompts => false;

    // At the menu, a message that is none of its choices is a request in its own words: it is routed, not retried; so is
    // one that tells what happened ("says 'Cancellation request approved' but my card still shows the charge") even
    // where a word of it names a choice.
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var turn = TurnReading.Current(innerDc.Context).Turn;
        if (innerDc.ActiveDialog is { Id: MenuPrompt } && innerDc.FindDialog(MenuPrompt) is ISupportPrompt menu
            && (!menu.CanRead(innerDc.Context) || AsksInstead(innerDc.Context, TurnReading.Current(innerDc.Context))
                || TurnReading.Current(innerDc.Context).Has(TurnActs.AlreadyDone | TurnActs.MoneyMissing | TurnActs.SellerSilent))
            && innerDc.Context.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message
            && !turn.Is(SupportIntents.Help) && !turn.Is(SupportIntents.StartOver) && !turn.Is(SupportIntents.Quit)
            && (TurnReading.Current(innerDc.Context).Acts != TurnActs.None || turn.Intent != SupportIntents.None))
        {
            var options = CurrentOptions(innerDc);
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await innerDc.BeginDialogAsync(Waterfall, new MainOptions { Mode = MainMode.Route, Misses = options?.Misses ?? 0, Facts = options?.Facts }, cancellationToken).ConfigureAwait(false);
        }

        // "Shall I connect you with a person?" was asked between topics: its yes or no (「大丈夫です」 included) is read by
        // the waterfall, not taken as quitting or a plea for help.
        if (innerDc.ActiveDialog is { Id: Waterfall } && CurrentOptions(innerDc) is { PersonOffered: true }
            && OfferAnswer(innerDc.Context, Knowledge.Current) is not null
            && !TurnReading.Current(innerDc.Context).Has(TurnActs.Topic | TurnActs.Fact | TurnActs.Question))
        {
            return await innerDc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    private static MainOptions? CurrentOptions(DialogContext innerDc)
    {
        var bottom = innerDc.Stack.Count > 0 ? innerDc.Stack[^1] : null;
        return bottom?.State.TryGetValue(WaterfallDialog.PersistedOptions, out var raw) == true ? StateValue.Convert<MainOptions>(raw) : null;
    }

    // Between topics the inquiry is the facts kept so far: a person asked for now gets the order number given earlier.
    protected override OrderInquiry CurrentInquiry(DialogContext innerDc)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return new OrderInquiry().FillFrom(CurrentOptions(innerDc)?.Facts);
    }

    protected override async Task<DialogTurnResult> OnHelpAsync(DialogContext innerDc, MessageKey helpKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (innerDc.ActiveDialog?.Id != Waterfall)
        {
            return await base.OnHelpAsync(innerDc, helpKey, cancellationToken).ConfigureAwait(false);
        }

        // Resting between topics: say what the bot can do and show the menu.
        await SendTextAsync(innerDc.Context, MessageKeys.HelpGeneral, cancellationToken).ConfigureAwait(false);
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await innerDc.BeginDialogAsync(Waterfall, MainOptions.Menu(), cancellationToken).ConfigureAwait(false);
    }

    // A few words (or emoji alone, which fold to nothing) without a digit or a question mark: not an order's facts, nor a
    // question put another way.
    private static bool IsShortRemark(string? text) =>
        !string.IsNullOrWhiteSpace(text) && TextNormalizer.Fold(text) is { Length: <= ShortRemarkLength } folded
        && !folded.Any(char.IsDigit) && !folded.Contains('?', StringComparison.Ordinal);

    private const int ShortRemarkLength = 30;

    // The intent score above which an FAQ question about one's own order is taken as that order topic.
    private const double ConfidentOrderTopic = 0.9;

    // Resting after an answer; one that names a person to tell (the vocabulary's person words) leaves that person implied.
    private static MainOptions AfterAnswer(OrderInquiry facts, Microsoft.Bot.Schema.IMessageActivity said, KnowledgeSnapshot knowledge)
    {
        var rest = MainOptions.After(facts);
        rest.PersonImplied = TurnReader.Read(said.Text, RecognizedTurn.None, knowledge).Has(TurnActs.Person);
        return rest;
    }

    // A failed or refused request told in a question the FAQ answers: remembered for the facts that follow (a parcel
    // shipped anyway needs nothing of it: the stage told decides between refusing and returning).
    private static SupportTopic SituationOf(RecognizedTurn turn) =>
        turn.Score >= 0.5 && SupportTopics.ForIntent(turn.Intent) is var told
        && told is SupportTopic.FailedOrRefused or SupportTopic.RequestFailed or SupportTopic.RequestRefused
            ? told
            : SupportTopic.None;

    // A number not known yet, a stage, or a day or payment beside something done or money missing; not the number said again,
    // nor 「今日18日なんよ」 in a question.
    private static bool TellsOrderFacts(RecognizedTurn turn, OrderInquiry? known, TurnReading reading) =>
        (turn.OrderNumber is { } number && number != known?.OrderNumber)
        || turn.Stage is not null
        || ((turn.DaysAgo is not null || turn.Date is not null || turn.PaymentMethod is not null) && reading.Has(TurnActs.AlreadyDone | TurnActs.MoneyMissing));

    protected override async Task<DialogTurnResult> OnInterruptedAsync(DialogContext innerDc, OrderInquiry inquiry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        var next = await FinishAsync(innerDc.Context, inquiry, cancellationToken).ConfigureAwait(false);
        return await innerDc.BeginDialogAsync(Waterfall, next, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> WaitOrAskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<MainOptions>() ?? MainOptions.Route;
        return options.Mode switch
        {
            MainMode.Rest => EndOfTurn,
            MainMode.Menu => await step.PromptAsync(MenuPrompt, PromptSpec.Ask(MessageKeys.MenuPrompt, options.Misses), cancellationToken).ConfigureAwait(false),
            _ => await step.NextAsync(null, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<DialogTurnResult> StartTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<MainOptions>() ?? MainOptions.Route;
        var turn = RecognizedTurn.Current(step.Context);
        var text = step.Context.Activity.Text;
        var knowledge = Knowledge.Current;

        // "Shall I connect you with a person?" was asked last turn: a yes or a no answers it, anything else is routed.
        if (options.PersonOffered && OfferAnswer(step.Context, knowledge) is { } wantsPerson
            && !TurnReading.Current(step.Context).Has(TurnActs.Topic | TurnActs.Fact | TurnActs.Question))
        {
            if (wantsPerson)
            {
                return await step.NextAsync(new OrderInquiry().FillFrom(options.Facts).EscalateFor(EscalationTrigger.CustomerRequest), cancellationToken).ConfigureAwait(false);
            }

            await SendTextAsync(step.Context, MessageKeys.ScopeDeclined, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.Rest, cancellationToken).ConfigureAwait(false);
        }

        // 「はい、お願いいたします」 after an answer that sends them to a person in this chat: that person.
        // (「わかりました、よろしくお願いします」 closes: thanks, an acknowledgement or よろしく take no one.)
        if (options.PersonImplied && YesNoPrompt.Read(text, knowledge) == true && AsksForIt().IsMatch(TextNormalizer.Fold(text))
            && !TextNormalizer.Fold(text).Contains("よろしく", StringComparison.Ordinal)
            && !TurnReading.Current(step.Context).Has(TurnActs.Topic | TurnActs.Fact | TurnActs.Question | TurnActs.Thanks | TurnActs.Acknowledge | TurnActs.Bye))
        {
            return await step.NextAsync(new OrderInquiry().FillFrom(options.Facts).EscalateFor(EscalationTrigger.CustomerRequest), cancellationToken).ConfigureAwait(false);
        }

        // Another order number than the one kept from the last topic is another order: the old facts are dropped.
        if (turn.OrderNumber is { } number && options.Facts?.OrderNumber is { } kept && number != kept)
        {
            options.Facts = null;
        }

        var reading = TurnReading.Current(step.Context);
        var chosenTopic = options.Mode == MainMode.Menu && step.Result is string chosen;
        // A topic this chat does not cover, asked about by name, is answered as such even beside a request it also names.
        if (!chosenTopic && reading.OutOfScopeTopic is not null && (reading.Has(TurnActs.Question) || !reading.Has(TurnActs.Topic)) && !reading.Has(TurnActs.Person)
            && !(reading.Has(TurnActs.Topic) && turn.OrderNumber is not null && turn.Stage is not null))
        {
            return await NoTopicAsync(step, options, turn, cancellationToken).ConfigureAwait(false);
        }

        // A person asked for anywhere in the message, however much else it says, is a person.
        if (!chosenTopic && reading.Has(TurnActs.SellerSilent) && !reading.Has(TurnActs.Person) && SilenceMatters(turn.Stage))
        {
            var silentFacts = new OrderInquiry { SellerSilent = true }.FillFrom(turn).FillFrom(options.Facts);
            if (SellerSilentPastPolicy(step.Context, turn, options.Facts))
            {
                return await step.NextAsync(silentFacts.EscalateFor(EscalationTrigger.SellerSilent), cancellationToken).ConfigureAwait(false);
            }

            await step.Context.SendActivityAsync(SellerSilentOffer(knowledge, ConversationLanguage.Current(step.Context), step.Context.Activity.ChannelId), cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.OfferedPerson(silentFacts), cancellationToken).ConfigureAwait(false);
        }

        var topic = chosenTopic
            ? Enum.Parse<SupportTopic>((string)step.Result!)
            : reading.Has(TurnActs.Person) ? SupportTopic.Human : TopicRouter.Route(text, turn, knowledge);

        // A situation with the order's stage and "what do I do?" is a cancellation to decide, not a general question
        // (a "why" question about it is still the FAQ's).
        var whatToDo = WhatToDo().IsMatch(TextNormalizer.Fold(text));
        if (!chosenTopic && turn.Stage is not null && !reading.Has(TurnActs.OutOfScope)
            && ((topic == SupportTopic.None && (!reading.Has(TurnActs.Question) || whatToDo)) || (topic == SupportTopic.Faq && whatToDo)))
        {
            // After 「キャンセル押したらエラー出た」 was answered, 「まだ発送前です」 goes on with the failed request, not a new one.
            topic = options.Facts?.Situation is { } told and not SupportTopic.None ? told : SupportTopic.CancelOrder;
        }

        // A request that failed or was refused, even read only faintly (「キャンセルがエラーになりました。まだ発送前です」),
        // is that, not a cancellation to start from the beginning.
        if (!chosenTopic && topic is SupportTopic.CancelOrder or SupportTopic.None && turn.Intent is SupportIntents.CancelFailed or SupportIntents.CancelRejected)
        {
            topic = SupportTopics.ForIntent(turn.Intent);
        }

        // 「自分で返品するわ。やり方だけ教えてくれや」「受取拒否ってなんやの？」: "tell me how" (or what a refusal or a return
        // is) for one of the bot's own topics, which the recognizer is sure of, is that topic, not an FAQ entry sharing a word.
        var asksHow = HowTo().IsMatch(TextNormalizer.Fold(text));
        if (!chosenTopic && topic == SupportTopic.Faq && turn.Score >= 0.6 && asksHow && !TopicRouter.IsFaqQuestion(text, knowledge)
            && SupportTopics.ForIntent(turn.Intent) is not (SupportTopic.None or SupportTopic.Faq or SupportTopic.Human) and var howTo)
        {
            topic = howTo;
        }

        // A request stated, not asked, that the recognizer reads as one of the bot's topics is that topic, even where
        // an FAQ entry shares its words (「PayPayの返金が2日前から来ない」 is a refund to look into, not a question).
        if (!chosenTopic && topic == SupportTopic.Faq && !reading.Has(TurnActs.Question) && turn.Score >= 0.6 && !TopicRouter.IsFaqQuestion(text, knowledge)
            && (reading.Has(TurnActs.Fact) || FaqMatcher.Asks(text, knowledge) is null)
            && SupportTopics.ForIntent(turn.Intent) is not (SupportTopic.None or SupportTopic.Faq or SupportTopic.Human) and var requested)
        {
            topic = requested;
        }

        // 「3日前にキャンセルリクエストを送ったのに、今日『発送しました』と来ました。どういうことでしょうか」: asked about their
        // own order (its number or a day told, beyond the words of the FAQ's question), what the recognizer is sure is the
        // shipped-anyway topic is that topic, whose outcome says why as well as what to do now.
        if (!chosenTopic && topic == SupportTopic.Faq && turn.Score >= ConfidentOrderTopic && TellsOrderFacts(turn, options.Facts, reading)
            && ((turn.OrderNumber is { } own && own != options.Facts?.OrderNumber) || turn.DaysAgo is not null || turn.Date is not null)
            && SupportTopics.ForIntent(turn.Intent) == SupportTopic.ShippedAnyway)
        {
            topic = SupportTopic.ShippedAnyway;
        }

        // 「キャンセルして8日たつのにお金が戻らない」「返品したのは10日前です」「注文履歴ではキャンセル済みです」: what was
        // asked for is done; what is left to look into is its refund, with the days weighed against the limit (a question
        // the FAQ answers stays the FAQ's).
        // Cancelled but shipped or delivered all the same is not this: the parcel still has to be refused or returned.
        var stageNow = turn.Stage ?? options.Facts?.Stage;
        // At the start, "I cancelled" alone may ask anything (is it done? why no e-mail?): with the money missing or a day
        // it is the refund; in the middle of a cancellation or a return it is that one done.
        // (Mid-topic: rerouted from a cancellation's question; 「キャンセルできました、ありがとう」 after its outcome is thanks.)
        var doneMidTopic = options.Mode == MainMode.Route && options.Facts?.Topic is SupportTopic.CancelOrder or SupportTopic.ReturnItem or SupportTopic.RefuseDelivery
            && !reading.Has(TurnActs.Thanks | TurnActs.Acknowledge);
        if (!chosenTopic && reading.Has(TurnActs.AlreadyDone)
            && (doneMidTopic || TellsRefundDue(reading))
            && DoneLeavesRefund(stageNow, text)
            && (topic is SupportTopic.None or SupportTopic.CancelOrder or SupportTopic.ReturnItem or SupportTopic.RefuseDelivery
                || (topic == SupportTopic.Faq && doneMidTopic && !reading.Has(TurnActs.Question))
                // "Cancelled 10 days ago, status is cancelled, money not back to my card. Is it a problem?": their own
                // refund missing, with its days or payment told, is looked into, however much the question sounds like the FAQ's.
                || (topic == SupportTopic.Faq && reading.Has(TurnActs.MoneyMissing) && TellsOrderFacts(turn, options.Facts, reading))
                || (topic is SupportTopic.FailedOrRefused or SupportTopic.RequestFailed && reading.Has(TurnActs.MoneyMissing))))
        {
            topic = SupportTopic.Refund;
        }

        // "When do I get my money back?": answered now from what is known (the payment's line, or every method's);
        // with the days given, the refund flow weighs them against the limit.
        var refundWhen = !chosenTopic && reading.Has(TurnActs.RefundWhen) && topic != SupportTopic.Human;

        // 「発送済みでまだ届いていない掃除機の返金時期は？」: the order's stage given with it, and nothing cancelled or
        // returned yet, the question asks what to do as much as when: the stage's outcome, with the payment's refund line.
        if (refundWhen && turn.Stage is not null && !reading.Has(TurnActs.AlreadyDone)
            && topic is SupportTopic.None or SupportTopic.Refund or SupportTopic.Faq or SupportTopic.CancelOrder or SupportTopic.RefuseDelivery or SupportTopic.ReturnItem)
        {
            refundWhen = false;
            topic = SupportTopic.CancelOrder;
        }
        if (refundWhen && turn.DaysAgo is null && turn.Date is null && options.Facts?.DaysAgo is null && options.Facts?.Date is null)
        {
            return await NoTopicAsync(step, options, turn, cancellationToken).ConfigureAwait(false);
        }

        if (refundWhen)
        {
            topic = SupportTopic.Refund;
        }

        // It has arrived and they want their money back: that is a return, unless the return is already under way.
        var stage = turn.Stage ?? options.Facts?.Stage;
        if (!chosenTopic && !refundWhen && stage == KnowledgeIds.Id(OrderStage.Received) && topic is SupportTopic.Refund or SupportTopic.ShippedAnyway or SupportTopic.RefuseDelivery
            && !AlreadyReturned().IsMatch(TextNormalizer.Fold(text)))
        {
            topic = SupportTopic.ReturnItem;
        }

        // "I want to return my order, it's not shipped yet": the stage told decides, whatever word was used for it (not in a
        // story of a request made before it shipped).
        if (!chosenTopic && topic is SupportTopic.ReturnItem or SupportTopic.RefuseDelivery && !reading.Has(TurnActs.AlreadyDone)
            && turn.Stage == KnowledgeIds.Id(OrderStage.NotShipped))
        {
            topic = SupportTopic.CancelOrder;
        }

        // A question routed to the FAQ is answered from the whole knowledge base (see NoTopicAsync); so is a question
        // about a topic that the FAQ answers, when it does not ask what to do with an order of theirs (no number, stage
        // or day given: 「出品者への連絡方法は？」 names a seller but asks how, not what to do).
        if (!chosenTopic && reading.Has(TurnActs.Question)
            && (topic == SupportTopic.Faq
                || (!whatToDo && !(asksHow && turn.Score >= 0.6) && !TellsOrderFacts(turn, options.Facts, reading) && topic is not (SupportTopic.None or SupportTopic.Human)
                    && AnswerFor(step.Context) is var asked && (asked.Answer?.Entry is not null || asked.Unsure))))
        {
            return await NoTopicAsync(step, options, turn, cancellationToken).ConfigureAwait(false);
        }

        // "How do I send it back, do I have to pay shipping?" just after the return's outcome asks about that outcome:
        // the question is answered, not the same outcome given again.
        if (!chosenTopic && topic is not (SupportTopic.None or SupportTopic.Faq or SupportTopic.Human) && options.Facts?.Topic == topic
            && reading.Has(TurnActs.Question) && !TellsOrderFacts(turn, options.Facts, reading)
            && AnswerFor(step.Context).Answer is not null)
        {
            return await NoTopicAsync(step, options, turn, cancellationToken).ConfigureAwait(false);
        }

        if (topic == SupportTopic.None)
        {
            return await NoTopicAsync(step, options, turn, cancellationToken).ConfigureAwait(false);
        }

        var inquiry = new OrderInquiry { Topic = topic }.FillFrom(turn).FillFrom(options.Facts);

        // 「5日前に返品で送りました」: what was returned had arrived (paid at delivery, it was paid).
        if (inquiry.Stage is null && AlreadyReturned().IsMatch(TextNormalizer.Fold(text)))
        {
            inquiry.Stage = KnowledgeIds.Id(OrderStage.Received);
        }

        if (topic == SupportTopic.Faq && options.Mode != MainMode.Menu)
        {
            inquiry.Question = text;
            inquiry.Situation = SituationOf(turn);
        }

        // A topic this chat does not cover, named beside an order's request (「ギフト包装の時計、250-…、昨日届いたので返品
        // したい」) or a person asked for (「領収書ほしいんだけど、出せんなら人につないで」): declined by name, and the request taken.
        if (!chosenTopic && reading.OutOfScopeTopic is { } aside && topic != SupportTopic.Faq)
        {
            await step.Context.SendActivityAsync(DeclinedByName(knowledge, aside, ConversationLanguage.Current(step.Context)), cancellationToken).ConfigureAwait(false);
        }

        // 「注文番号は…です。まだ未発送です。キャンセルするとペナルティがありますか?」: a question asked in a sentence of its own
        // beside the order's facts is answered first when the knowledge clearly answers it; then the request goes on.
        if (!chosenTopic && !reading.Has(TurnActs.RefundWhen) && !whatToDo && !asksHow && topic is not (SupportTopic.Faq or SupportTopic.Human)
            && reading.Has(TurnActs.Question) && reading.Has(TurnActs.Fact)
            && AsideAnswer(step.Context, apartOnly: true) is { Entry: not null } sideAnswer)
        {
            await SendAnswerAsync(step.Context, sideAnswer, inquiry, cancellationToken).ConfigureAwait(false);
        }

        // 「返品したらいつ金戻る？カードや」 with the seller or the stage not known yet: the outcome waits for them, but the
        // refund line for the payment given does not (the outcome, once reached, says it again with the seller's part).
        if (!chosenTopic && reading.Has(TurnActs.RefundWhen) && reading.Has(TurnActs.Question)
            && topic is SupportTopic.CancelOrder or SupportTopic.ReturnItem or SupportTopic.RefuseDelivery
            && (inquiry.SellerValue is null || inquiry.StageValue is null)
            && QuestionAnswerer.PersonalRefund(knowledge, ConversationLanguage.Current(step.Context), inquiry) is { } ownRefund)
        {
            await step.Context.SendActivityAsync(ownRefund.BuildText(), cancellationToken).ConfigureAwait(false);
        }

        // Upset and asking for something: an apology and the way to a person first, then the help they asked for.
        if (reading.Has(TurnActs.Complaint) && topic != SupportTopic.Human)
        {
            await SendTextAsync(step.Context, MessageKeys.NavApologyThenHelp, cancellationToken).ConfigureAwait(false);
        }

        return topic == SupportTopic.Human
            ? await step.NextAsync(inquiry.EscalateFor(EscalationTrigger.CustomerRequest), cancellationToken).ConfigureAwait(false)
            : await step.BeginDialogAsync(DialogFor(topic), inquiry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A message that opens no topic: out of scope (said so, a person offered), thanks or never mind (a polite
    /// close), facts without a request (kept for the topic that follows), or not understood (the menu).
    /// </summary>
    private async Task<DialogTurnResult> NoTopicAsync(WaterfallStepContext step, MainOptions options, RecognizedTurn turn, CancellationToken cancellationToken)
    {
        var reading = TurnReading.Current(step.Context);
        var language = ConversationLanguage.Current(step.Context);
        var knowledge = Knowledge.Current;
        var facts = new OrderInquiry().FillFrom(turn).FillFrom(options.Facts);
        // Out of scope, the topic is declined whatever else the message asks.
        var answersComplaint = !reading.Has(TurnActs.OutOfScope) && AnswersComplaint(step.Context, reading);
        if (reading.Has(TurnActs.OutOfScope) || (reading.Has(TurnActs.Complaint) && !answersComplaint))
        {
            // Named when the customer named it; an apology first when they are upset; a person offered either way.
            var offer = reading.Has(TurnActs.OutOfScope) || reading.OutOfScopeTopic is not null
                ? DeclinedWithOffer(knowledge, reading.OutOfScopeTopic, language, step.Context.Activity.ChannelId)
                : YesNoPrompt.Offer(step.Context.Activity.ChannelId, knowledge.Text(MessageKeys.NavComplaintOffer, language), knowledge, language);

            // What else it asks that the knowledge answers is answered first (「何日かかると? あと領収書ばもらいたか」).
            foreach (var beside in reading.OutOfScopeTopic is null ? [] : QuestionAnswerer.BesideOutOfScope(step.Context.Activity.Text, knowledge, language))
            {
                await step.Context.SendActivityAsync(QuestionAnswerer.Compose(beside, knowledge, language, facts), cancellationToken).ConfigureAwait(false);
            }

            await step.Context.SendActivityAsync(offer, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.OfferedPerson(facts.HasFacts ? facts : null), cancellationToken).ConfigureAwait(false);
        }

        if (reading.Has(TurnActs.ChangeOfMind) && !reading.Has(TurnActs.Question))
        {
            await SendTextAsync(step.Context, MessageKeys.NavChangeOfMind, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.After(facts), cancellationToken).ConfigureAwait(false);
        }

        if ((reading.Has(TurnActs.Thanks | TurnActs.Bye | TurnActs.Acknowledge) || turn.Is(SupportIntents.Quit)) && !reading.Has(TurnActs.Question | TurnActs.Fact))
        {
            var close = reading.Has(TurnActs.Thanks) ? MessageKeys.NavThanks : reading.Has(TurnActs.Bye) || turn.Is(SupportIntents.Quit) ? MessageKeys.NavGoodbye : MessageKeys.ScopeDeclined;
            await SendTextAsync(step.Context, close, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.After(facts), cancellationToken).ConfigureAwait(false);
        }

        // After a topic, a short remark nothing in it can be read from (「めやぐだ」, 「草 おそ まあいいや」, "muy amable") is a
        // closing word the bot does not know: answered politely, not with "not understood" and the menu again.
        if (options.AfterTopic && reading.Acts == TurnActs.None && turn.Intent == SupportIntents.None && IsShortRemark(step.Context.Activity.Text))
        {
            // Once: a second remark not read is "not understood", with the menu and, after that, a person.
            await SendTextAsync(step.Context, MessageKeys.ScopeDeclined, cancellationToken).ConfigureAwait(false);
            var rest = MainOptions.After(facts);
            rest.AfterTopic = false;
            return await step.ReplaceDialogAsync(Waterfall, rest, cancellationToken).ConfigureAwait(false);
        }

        // A question the knowledge base answers, however it was put: an FAQ entry is answered by the FAQ (which asks
        // whether it answered it); a part of the content is said, and the bot rests with the facts kept.
        var choice = reading.Has(TurnActs.Question) ? AnswerFor(step.Context) : AnswerChoice.None;
        if (choice.Unsure)
        {
            await step.Context.SendActivityAsync(QuestionAnswerer.Clarify(choice, knowledge, language, step.Context.Activity.ChannelId), cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.After(facts), cancellationToken).ConfigureAwait(false);
        }

        if (choice.Answer is { } passage)
        {
            if (answersComplaint)
            {
                await SendTextAsync(step.Context, MessageKeys.NavApologyThenHelp, cancellationToken).ConfigureAwait(false);
            }

            // "When does my money come back?" with the payment known is that payment's line, not every method's (the
            // FAQ's own question, typed or tapped, still gets the FAQ's answer).
            if (QuestionAnswerer.ListsEveryMethod(passage.Id) && !TopicRouter.IsFaqQuestion(step.Context.Activity.Text, knowledge)
                && QuestionAnswerer.ComposePersonal(passage, knowledge, language, facts) is { } personal)
            {
                await step.Context.SendActivityAsync(personal, cancellationToken).ConfigureAwait(false);
                await SendAlsoAskedAsync(step.Context, passage, facts, cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(Waterfall, AfterAnswer(facts, personal, knowledge), cancellationToken).ConfigureAwait(false);
            }

            if (passage.Entry is not null)
            {
                var question = new OrderInquiry { Topic = SupportTopic.Faq, Question = passage.Entry.Question.For(language), Situation = SituationOf(turn) }.FillFrom(facts);
                return await step.BeginDialogAsync(nameof(FaqDialog), question, cancellationToken).ConfigureAwait(false);
            }

            await SendAnswerAsync(step.Context, passage, facts, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, AfterAnswer(facts, QuestionAnswerer.Compose(passage, knowledge, language, facts), knowledge), cancellationToken).ConfigureAwait(false);
        }

        // Facts without a request: after a topic they correct or complete it, and it runs again with them; before
        // any, a day means a refund question and an order fact a cancellation, the two things customers come for.
        var lastTopic = options.Facts?.Topic is { } last and not (SupportTopic.None or SupportTopic.Faq or SupportTopic.Human) ? last
            : options.Facts?.Situation is { } told and not SupportTopic.None ? told : (SupportTopic?)null;
        var situation = turn.Stage is not null || turn.Seller is not null || turn.PaymentMethod is not null || turn.DaysAgo is not null || turn.Date is not null;
        if (reading.Has(TurnActs.Fact) && !reading.Has(TurnActs.Question) && (lastTopic is not null || situation))
        {
            // 「コンビニで払うたがや 3日前にキャンセルした」: a cancellation already done, or money missing, without a stage is
            // a refund to check, even with the payment or the number beside it (a day alone already is, below).
            var refundFacts = turn.Stage is null && reading.Has(TurnActs.AlreadyDone | TurnActs.MoneyMissing);
            var topic = lastTopic
                ?? (refundFacts || (turn.OrderNumber is null && turn.Stage is null && turn.Seller is null && turn.PaymentMethod is null) ? SupportTopic.Refund : SupportTopic.CancelOrder);
            await SayCorrectedAsync(step.Context, options.Facts?.Correct(turn, knowledge, language) ?? [], cancellationToken).ConfigureAwait(false);

            var inquiry = new OrderInquiry { Topic = topic }.FillFrom(turn).FillFrom(options.Facts);
            return await step.BeginDialogAsync(DialogFor(topic), inquiry, cancellationToken).ConfigureAwait(false);
        }

        // A question nothing here answers: said honestly, with what this chat does help with and a person offered.
        if (reading.Has(TurnActs.Question))
        {
            var notHere = YesNoPrompt.Offer(step.Context.Activity.ChannelId, knowledge.Text(MessageKeys.ScopeQuestionNotCovered, language), knowledge, language);
            notHere.Entities = [OutcomeEntities.OutOfScope(null)];
            await step.Context.SendActivityAsync(notHere, cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.OfferedPerson(facts.HasFacts ? facts : null), cancellationToken).ConfigureAwait(false);
        }

        if (turn.Intent == SupportIntents.None && (turn.OrderNumber is not null || turn.Stage is not null || turn.Seller is not null || turn.PaymentMethod is not null))
        {
            // What was understood, said back: the number and the labels the buttons use.
            var parts = new List<string>();
            if (facts.OrderNumber is { } number)
            {
                parts.Add(knowledge.Text(MessageKeys.NavFactsOrderNumber, language, ("orderNumber", number)));
            }

            parts.AddRange(new[]
            {
                facts.StageValue is { } stage ? knowledge.StageInfo(stage).Label.For(language) : null,
                facts.SellerValue is { } seller ? knowledge.SellerInfo(seller).Label.For(language) : null,
                facts.PaymentValue is { } payment ? knowledge.RefundTimingFor(payment).Label.For(language) : null,
            }.OfType<string>().Select(label => "「" + label + "」"));
            var noted = parts.Count > 0
                ? string.Join(LocalizedText.IsEnglish(language) ? ", " : "、", parts)
                : knowledge.Text(MessageKeys.NavFactsOther, language);
            await SendTextAsync(step.Context, MessageKeys.NavFactsNoted, cancellationToken, ("facts", noted)).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(Waterfall, MainOptions.Menu(0, facts), cancellationToken).ConfigureAwait(false);
        }

        // A bare 「はいお願いします」 with nothing asked (after a hand-off, say) is no miss: the menu says what the bot does.
        var understood = turn.Is(SupportIntents.Greeting) || turn.Is(SupportIntents.Help) || turn.Is(SupportIntents.StartOver)
            || YesNoPrompt.Read(step.Context.Activity.Text, knowledge) == true || reading.Has(TurnActs.Explains);
        // 「リールを注文しちょったがよ」: the story has begun, not yet the request; it is noted and the menu asks what for.
        if (reading.Has(TurnActs.Explains) && !turn.Is(SupportIntents.Help))
        {
            await SendTextAsync(step.Context, MessageKeys.NavNoted, cancellationToken).ConfigureAwait(false);
        }

        if (turn.Is(SupportIntents.Help))
        {
            await SendTextAsync(step.Context, MessageKeys.HelpGeneral, cancellationToken).ConfigureAwait(false);
        }

        return await step.ReplaceDialogAsync(Waterfall, MainOptions.Menu(understood ? 0 : options.Misses + 1, facts.HasFacts ? facts : null), cancellationToken).ConfigureAwait(false);
    }

    private static string DialogFor(SupportTopic topic) =>
        SupportTopics.DialogFor(topic) ?? throw new ArgumentOutOfRangeException(nameof(topic), topic, "This topic runs no dialog of its own.");

    private async Task<DialogTurnResult> FinishTopicStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = StateValue.Convert<OrderInquiry>(step.Result) ?? new OrderInquiry();
        var next = await FinishAsync(step.Context, inquiry, cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(Waterfall, next, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes a topic as it asked (start over, quit, a person) and says how the main waterfall goes on.</summary>
    private async Task<MainOptions> FinishAsync(ITurnContext turnContext, OrderInquiry inquiry, CancellationToken cancellationToken)
    {
        switch (inquiry.Next)
        {
            case ConversationNext.StartOver:
                await SendTextAsync(turnContext, MessageKeys.NavStartOver, cancellationToken).ConfigureAwait(false);
                return MainOptions.Menu();
            case ConversationNext.Quit:
                await SendTextAsync(turnContext, MessageKeys.NavQuit, cancellationToken).ConfigureAwait(false);
                await SendTextAsync(turnContext, MessageKeys.NavGoodbye, cancellationToken).ConfigureAwait(false);
                return MainOptions.Rest;
            case ConversationNext.Escalate:
                if (RecognizedTurn.Current(turnContext).Frustrated)
                {
                    await SendTextAsync(turnContext, MessageKeys.EscalationApology, cancellationToken).ConfigureAwait(false);
                }

                var trigger = KnowledgeIds.TryParseTrigger(inquiry.EscalationTrigger, out var t) ? t : EscalationTrigger.CustomerRequest;
                var request = new EscalationRequest(trigger, inquiry, ConversationLanguage.Current(turnContext), Knowledge.Current.Version);
                await _escalation.EscalateAsync(turnContext, request, cancellationToken).ConfigureAwait(false);
                // What the customer told the bot stays for after the hand-back, so nobody asks it again.
                return MainOptions.After(Facts(inquiry));
            case ConversationNext.Reroute:
                return new MainOptions { Mode = MainMode.Route, Facts = inquiry.HasFacts || inquiry.Situation != SupportTopic.None ? Facts(inquiry, keepSituation: true) : null };
            default:
                return MainOptions.After(Facts(inquiry));
        }
    }

    // What a finished topic leaves for the next message: its facts and its topic (a correction re-runs it); a failure told
    // in an FAQ question only when the very next message is being routed.
    private static OrderInquiry Facts(OrderInquiry inquiry, bool keepSituation = false) =>
        new OrderInquiry { Topic = inquiry.Topic, Situation = keepSituation ? inquiry.Situation : SupportTopic.None }.FillFrom(inquiry);

    /// <summary>
    /// Reads the message once for every dialog of this turn and settles the reply language. For the turn, the activity's
    /// text is the message as the vocabulary writes it (romaji as kana, kana readings as words); the text the customer
    /// typed is returned, to be put back when the turn ends (the transcript has already kept it).
    /// </summary>
    private async Task<string?> PrepareTurnAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var context = dc.Context;
        var instance = dc.ActiveDialog;
        var turn = RecognizedTurn.None;
        var typed = context.Activity.Text;
        if (context.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message && !string.IsNullOrWhiteSpace(typed))
        {
            context.Activity.Text = JapaneseReadings.Canonical(typed, Knowledge.Current.Vocabulary);
            turn = RecognizedTurn.From(await _recognizer.RecognizeAsync(context, cancellationToken).ConfigureAwait(false));
        }

        var reading = TurnReader.Read(context.Activity.Text, turn, Knowledge.Current);
        // A problem stated without asking (「メール来てないけど」「明細にまだ請求載っとる」) that the FAQ is sure it answers is
        // asked all the same.
        if ((reading.Acts & ~(TurnActs.MoneyMissing | TurnActs.AlreadyDone | TurnActs.Explains)) == TurnActs.None && FaqMatcher.Asks(context.Activity.Text, Knowledge.Current) is not null)
        {
            reading = reading with { Acts = reading.Acts | TurnActs.Question };
        }

        // The classifier's guess that a question is out of scope, with no topic named, yields to the FAQ when the FAQ
        // is sure it answers it (「サイズ違いに交換できますか」).
        if (reading.Has(TurnActs.OutOfScope) && reading.Has(TurnActs.Question) && reading.OutOfScopeTopic is null
            && FaqMatcher.Asks(context.Activity.Text, Knowledge.Current) is not null)
        {
            reading = reading with { Acts = reading.Acts & ~TurnActs.OutOfScope, Turn = reading.Turn with { Intent = SupportIntents.Faq } };
        }

        TurnReading.SetCurrent(context, reading);
        turn = reading.Turn;
        var previous = instance?.State.TryGetValue(LanguageKey, out var stored) == true ? stored?.ToString() : null;
        // On an English client, romaji runs read as kana ("...uketori kyohi") leave the reply English; on a Japanese
        // one they count as the Japanese they are.
        var languageText = LocalizedText.IsEnglish(ConversationLanguage.FromLocale(context.Activity.Locale)) && typed is not null ? RomajiReader.WholeToKana(typed) ?? typed : context.Activity.Text;
        var typedDetected = ConversationLanguage.Detect(languageText);
        var recognizedLanguage = typedDetected is not null && typedDetected != ConversationLanguage.Detect(context.Activity.Text) ? typedDetected : turn.Language;
        var language = ConversationLanguage.Choose(previous, context.Activity.Locale, languageText, recognizedLanguage);
        if (instance is not null)
        {
            instance.State[LanguageKey] = language;
        }

        ConversationLanguage.SetCurrent(context, language);
        return typed;
    }


    // "What is 受取拒否 / a return?": the two topics whose names customers ask about are explained by their own steps.
    [System.Text.RegularExpressions.GeneratedRegex(@"やり方|やりかた|手順|仕方|しかた|言うだけ|いうだけ|何て言|なんて言|なんと言|何と言|(?<![a-z])(?:say what|what do i say|what should i say|i just say|what to say)(?![a-z])|(?:受取拒否|受け取り拒否|返品)(?:って|とは)(?:何|なに|なん)|(?<![a-z])(?:how do i|how to|how can i|what are the steps|walk me through|what (?:is|does) (?:a |an )?(?:refus\w* (?:the )?delivery|return\w*))(?![a-z])")]
    private static partial System.Text.RegularExpressions.Regex HowTo();

    [System.Text.RegularExpressions.GeneratedRegex(@"どうしたら|どうすれば|どないしたら|どないすれば|どうしよう|どうやって|どうすっぺ|どげんしたら|どうしたらよか|できる|できます|いける|ええの|いいの|よかと|もらえる|もらえます|もらえん|くれる|くれます|くれへん|可能|いいでしょうか|よろしいでしょうか|(?<![a-z])(?:what (?:should|do|can) i|how (?:do|can) i|can i)(?![a-z])")]
    private static partial System.Text.RegularExpressions.Regex WhatToDo();
}
