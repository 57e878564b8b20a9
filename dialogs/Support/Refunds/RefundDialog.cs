using System.Globalization;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Interruptions;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Refunds;

/// <summary>
/// Where is my refund: payment method → when the cancellation or return happened → the expected timing, or, past
/// the payment method's maximum, a person with the number of days overdue.
/// </summary>
public sealed class RefundDialog : TopicDialog
{
    private const string Waterfall = nameof(RefundDialog) + ".waterfall";
    private const string PaymentPrompt = nameof(RefundDialog) + ".payment";
    private const string WhenPrompt = nameof(RefundDialog) + ".when";

    private readonly TimeProvider _clock;

    public RefundDialog(IKnowledgeBase knowledge, TimeProvider clock)
        : base(nameof(RefundDialog), knowledge)
    {
        _clock = clock;
        AddDialog(new WaterfallDialog(Waterfall,
        [
            AskPaymentStepAsync,
            AskWhenStepAsync,
            AnswerStepAsync,
            CloseStepAsync,
        ]));
        AddDialog(new SlotChoicePrompt(PaymentPrompt, knowledge, "help.payment", SlotChoices.Payments, turn => turn.PaymentMethod));
        AddDialog(new DaysAgoPrompt(WhenPrompt, knowledge, clock));
        InitialDialogId = Waterfall;
    }

    private async Task<DialogTurnResult> AskPaymentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        return inquiry.PaymentMethod is not null
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(PaymentPrompt, PromptSpec.Ask("refund.ask_payment"), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskWhenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is string payment)
        {
            inquiry.PaymentMethod = payment;
        }

        return inquiry.PaymentValue is null || ElapsedDaysOf(inquiry) is not null
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(WhenPrompt, PromptSpec.Ask("refund.ask_when"), cancellationToken).ConfigureAwait(false);
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
        if (inquiry.PaymentValue is not { } payment)
        {
            inquiry.RuleId = "refund-timing";
            var all = new OutcomeMessage(knowledge, language)
                .Headline(knowledge.Text("refund.all_timings_intro", language))
                .Paragraph(string.Join("\n", knowledge.RefundTimings.Select(t => "- " + OutcomeMessage.RefundTimingLine(knowledge, t, language, "refund.expected"))))
                .Headline(knowledge.Text("refund.how_to_check_intro", language))
                .Section(null, knowledge.RefundStatus.HowToCheck, numbered: false)
                .Build(Outcome.Info, inquiry.RuleId);
            await SendAsync(step, all, cancellationToken).ConfigureAwait(false);
            return await AskSolvedAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var timing = knowledge.RefundTimingFor(payment);
        var elapsed = ElapsedDaysOf(inquiry) ?? 0;
        var overdue = timing.OverdueDays(elapsed);
        var unit = knowledge.Text(timing.BusinessDays ? "unit.business_days" : "unit.days", language);
        inquiry.RuleId = "refund-timing." + KnowledgeIds.Id(payment);
        var expected = OutcomeMessage.RefundTimingLine(knowledge, timing, language, "refund.expected");
        if (overdue >= knowledge.Escalation.RefundOverdueDaysAfterMax)
        {
            var late = new OutcomeMessage(knowledge, language)
                .Paragraph(expected)
                .Paragraph(knowledge.Text("refund.overdue", language, ("days", Number(overdue))))
                .Section(null, knowledge.RefundStatus.IfLate, numbered: false)
                .Build(Outcome.Escalate, inquiry.RuleId);
            await SendAsync(step, late, cancellationToken).ConfigureAwait(false);
            var detail = string.Create(CultureInfo.InvariantCulture, $"{KnowledgeIds.Id(payment)}: {elapsed} days, {overdue} days overdue");
            return await step.EndDialogAsync(inquiry.EscalateFor(EscalationTrigger.RefundOverdue, detail), cancellationToken).ConfigureAwait(false);
        }

        var within = new OutcomeMessage(knowledge, language)
            .Paragraph(expected)
            .Paragraph(knowledge.Text("refund.within", language, ("days", Number(elapsed)), ("max", Number(timing.MaxDays)), ("unit", unit)))
            .Paragraph(knowledge.Text("outcome.refund_via", language, ("via", timing.RefundVia.For(language))))
            .Section(null, timing.Notes, numbered: false)
            .Build(Outcome.Info, inquiry.RuleId);
        await SendAsync(step, within, cancellationToken).ConfigureAwait(false);
        return await AskSolvedAsync(step, cancellationToken).ConfigureAwait(false);
    }

    private Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        CloseAsync(step, step.Result is true, EscalationTrigger.NotSolved, cancellationToken);

    private int? ElapsedDaysOf(OrderInquiry inquiry) => inquiry.DaysAgo ?? ElapsedDays.Since(inquiry.Date, _clock.GetUtcNow());

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
