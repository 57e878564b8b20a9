using System.Globalization;
using SupportBot.Dialogs.Answering;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Interruptions;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Refunds;

/// <summary>
/// Where is my refund: payment method → seller → (cash on delivery) whether the item was received → when the
/// cancellation or return happened → the expected timing, or, past the limit, a person with the days overdue. Each
/// question is asked only when its answer changes what is said.
/// </summary>
public sealed class RefundDialog : TopicDialog
{
    private const string Waterfall = nameof(RefundDialog) + ".waterfall";
    private const string SellerPrompt = nameof(RefundDialog) + ".seller";
    private const string PaymentPrompt = nameof(RefundDialog) + ".payment";
    private const string ReceivedPrompt = nameof(RefundDialog) + ".received";
    private const string WhenPrompt = nameof(RefundDialog) + ".when";

    private readonly TimeProvider _clock;

    public RefundDialog(IKnowledgeBase knowledge, TimeProvider clock)
        : base(nameof(RefundDialog), knowledge)
    {
        _clock = clock;
        AddDialog(new WaterfallDialog(Waterfall,
        [
            AskPaymentStepAsync,
            AskSellerStepAsync,
            AskReceivedStepAsync,
            AskWhenStepAsync,
            AnswerStepAsync,
            CloseStepAsync,
        ]));
        AddDialog(new SlotChoicePrompt(SellerPrompt, knowledge, MessageKeys.HelpSeller, SlotChoices.Sellers, turn => turn.Seller));
        AddDialog(new SlotChoicePrompt(ReceivedPrompt, knowledge, MessageKeys.HelpStage, SlotChoices.Stages, turn => turn.Stage));
        AddDialog(new SlotChoicePrompt(PaymentPrompt, knowledge, MessageKeys.HelpPayment, SlotChoices.Payments, turn => turn.PaymentMethod));
        AddDialog(new DaysAgoPrompt(WhenPrompt, knowledge, clock));
        InitialDialogId = Waterfall;
    }

    private async Task<DialogTurnResult> AskPaymentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        return inquiry.PaymentMethod is not null
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(PaymentPrompt, PromptSpec.Ask(MessageKeys.RefundAskPayment), cancellationToken).ConfigureAwait(false);
    }

    // Who refunds decides what is said: a marketplace seller refunds by themselves.
    private async Task<DialogTurnResult> AskSellerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is string payment)
        {
            inquiry.PaymentMethod = payment;
        }

        if (inquiry.SellerValue is not null || NothingPaid(inquiry))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // What the customer came for first, as far as the payment tells it (the store's timing, what a seller does).
        if (QuestionAnswerer.PersonalRefund(Knowledge.Current, Language(step), inquiry) is { } known)
        {
            await step.Context.SendActivityAsync(known.BuildText(), cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(SellerPrompt, PromptSpec.Ask(MessageKeys.CancelAskSeller), cancellationToken).ConfigureAwait(false);
    }

    // Paid at delivery: whether anything was paid depends on whether the item was received.
    private async Task<DialogTurnResult> AskReceivedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is string seller)
        {
            inquiry.Seller = seller;
        }

        var paidAtDelivery = inquiry.PaymentValue is { } known && Knowledge.Current.RefundTimingFor(known).PaidAtDelivery;
        return !paidAtDelivery || inquiry.StageValue is not null
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(ReceivedPrompt, PromptSpec.Ask(MessageKeys.RefundAskReceived), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskWhenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is string stage)
        {
            inquiry.Stage = stage;
        }

        var needsDate = inquiry.PaymentValue is not null || inquiry.SellerValue == SellerType.Marketplace;
        return !needsDate || NothingPaid(inquiry) || ElapsedDaysOf(inquiry) is not null
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(WhenPrompt, PromptSpec.Ask(MessageKeys.RefundAskWhen), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is int days)
        {
            inquiry.DaysAgo = days;
        }

        var knowledge = Knowledge.Current;
        var language = Language(step);
        if (NothingPaid(inquiry))
        {
            var timing = knowledge.RefundTimingFor(inquiry.PaymentValue!.Value);
            inquiry.RuleId = "refund-timing." + KnowledgeIds.Id(timing.Payment);
            var unpaid = new OutcomeMessage(knowledge, language)
                .Lines(OutcomeComposer.RefundLines(knowledge, timing.Payment, Outcome.Cancel, inquiry.SellerValue, language))
                .Build(Outcome.Info, inquiry.RuleId);
            await SendAsync(step, unpaid, cancellationToken).ConfigureAwait(false);
            return await AskSolvedAsync(step, cancellationToken).ConfigureAwait(false);
        }

        if (inquiry.SellerValue == SellerType.Marketplace)
        {
            inquiry.RuleId = "refund-timing.marketplace";
            var limit = knowledge.Marketplace.RefundContactAfterDays;
            var message = new OutcomeMessage(knowledge, language)
                .Lines(OutcomeComposer.RefundLines(knowledge, inquiry.PaymentValue, Outcome.Return, SellerType.Marketplace, language))
                .Lines(OutcomeComposer.MarketplaceRoute(knowledge, inquiry.PaymentValue, Outcome.Return, language));
            return await AnswerAsync(step, inquiry, message, ElapsedDaysOf(inquiry) ?? 0, limit, "marketplace", cancellationToken).ConfigureAwait(false);
        }

        if (inquiry.PaymentValue is not { } payment)
        {
            inquiry.RuleId = "refund-timing";
            var all = new OutcomeMessage(knowledge, language)
                .Headline(knowledge.Text(MessageKeys.RefundAllTimingsIntro, language))
                .Paragraph(string.Join("\n", knowledge.RefundTimings.Select(t => "- " + knowledge.Text(MessageKeys.RefundExpected, language, ("payment", t.Label.For(language)), ("expected", t.Expected.For(language))))))
                .Lines(OutcomeComposer.RefundLines(knowledge, null, Outcome.Return, SellerType.Marketplace, language))
                .Headline(knowledge.Text(MessageKeys.RefundHowToCheckIntro, language))
                .Section(null, knowledge.RefundStatus.HowToCheck, numbered: false)
                .Build(Outcome.Info, inquiry.RuleId);
            await SendAsync(step, all, cancellationToken).ConfigureAwait(false);
            return await AskSolvedAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var paid = knowledge.RefundTimingFor(payment);
        inquiry.RuleId = "refund-timing." + KnowledgeIds.Id(payment);
        var expected = new OutcomeMessage(knowledge, language).Lines(OutcomeComposer.RefundLines(knowledge, payment, Outcome.Return, SellerType.Store, language));
        return await AnswerAsync(step, inquiry, expected, ElapsedDaysOf(inquiry) ?? 0, paid.OverdueAfterDays, KnowledgeIds.Id(payment), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Within the limit: wait, and how the money comes back. Past it by the escalation threshold: a person.</summary>
    private async Task<DialogTurnResult> AnswerAsync(
        WaterfallStepContext step,
        OrderInquiry inquiry,
        OutcomeMessage message,
        int elapsed,
        int limit,
        string source,
        CancellationToken cancellationToken)
    {
        var knowledge = Knowledge.Current;
        var language = Language(step);
        var overdue = Math.Max(0, elapsed - limit);
        if (overdue >= knowledge.Escalation.RefundDaysPastLimit)
        {
            var late = message
                .Paragraph(knowledge.Text(MessageKeys.RefundOverdue, language, ("days", Number(elapsed)), ("limit", Number(limit))))
                .Build(Outcome.Escalate, inquiry.RuleId ?? "refund-timing");
            await SendAsync(step, late, cancellationToken).ConfigureAwait(false);
            var detail = string.Create(CultureInfo.InvariantCulture, $"{source}: {elapsed} days, {overdue} days past {limit}");
            return await step.EndDialogAsync(inquiry.EscalateFor(EscalationTrigger.RefundOverdue, detail), cancellationToken).ConfigureAwait(false);
        }

        message.Paragraph(knowledge.Text(MessageKeys.RefundWithin, language, ("days", Number(elapsed)), ("limit", Number(limit))));

        await SendAsync(step, message.Build(Outcome.Info, inquiry.RuleId ?? "refund-timing"), cancellationToken).ConfigureAwait(false);
        return await AskSolvedAsync(step, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Paid at delivery and cancelled before it, or refused at the door: there is no money to give back.</summary>
    private bool NothingPaid(OrderInquiry inquiry) =>
        inquiry.PaymentValue is { } payment
        && Knowledge.Current.RefundTimingFor(payment).PaidAtDelivery
        && inquiry.StageValue is OrderStage.NotShipped or OrderStage.Preparing or OrderStage.Shipped;

    private Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        CloseAsync(step, step.Result is true, EscalationTrigger.NotSolved, cancellationToken);

    private int? ElapsedDaysOf(OrderInquiry inquiry) => inquiry.DaysAgo ?? ElapsedDays.Since(inquiry.Date, _clock.GetUtcNow());

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
