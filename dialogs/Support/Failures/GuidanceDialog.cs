using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Interruptions;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Failures;

/// <summary>
/// Answers that need no questions: it shipped anyway (refuse the delivery or return it), how to refuse a delivery,
/// how to return, and a request that cannot be withdrawn (explained, then a person is offered).
/// </summary>
public sealed class GuidanceDialog : TopicDialog
{
    private const string Waterfall = nameof(GuidanceDialog) + ".waterfall";

    public GuidanceDialog(IKnowledgeBase knowledge)
        : base(nameof(GuidanceDialog), knowledge)
    {
        AddDialog(new WaterfallDialog(Waterfall,
        [
            GuideStepAsync,
            CloseStepAsync,
        ]));
        InitialDialogId = Waterfall;
    }

    private async Task<DialogTurnResult> GuideStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        var knowledge = Knowledge.Current;
        var language = Language(step);
        var message = new OutcomeMessage(knowledge, language);
        switch (inquiry.Topic)
        {
            case SupportTopic.WithdrawCancel:
                inquiry.RuleId = "withdraw";
                message.Headline(knowledge.Withdraw.Summary.For(language))
                    .Paragraph(knowledge.Text(MessageKeys.WithdrawInsteadIntro, language))
                    .Section(null, knowledge.Withdraw.Instead, numbered: false);
                if (knowledge.Withdraw.Prevention is { } prevention)
                {
                    message.Paragraph(prevention.For(language));
                }

                await SendAsync(step, message.Build(Outcome.Info, inquiry.RuleId), cancellationToken).ConfigureAwait(false);
                return await AskSolvedAsync(step, cancellationToken, MessageKeys.WithdrawOfferPerson).ConfigureAwait(false);

            case SupportTopic.ShippedAnyway:
                // Already received (「もう家にある」), the parcel can no longer be refused: only the return is left.
                var received = inquiry.StageValue == OrderStage.Received;
                inquiry.RuleId = "shipped-anyway";
                message.Headline(knowledge.Text(MessageKeys.ShippedAnywayIntro, language));
                if (!received)
                {
                    message.Procedure(Procedure(knowledge, ProcedureIds.RefuseDelivery));
                }

                message.Procedure(Procedure(knowledge, ProcedureIds.Return))
                    .Section(MessageKeys.OutcomeCautionsHeader, knowledge.ProcedureNotes, numbered: false);
                await SendAsync(step, message.Build(received ? Outcome.Return : Outcome.RefuseDelivery, inquiry.RuleId), cancellationToken).ConfigureAwait(false);
                return await AskSolvedAsync(step, cancellationToken).ConfigureAwait(false);

            default:
                // The seller known (「出品者の商品を返品したい」): the decision for it, as the cancellation gives it.
                if (Decision(inquiry) is { } decision)
                {
                    inquiry.RuleId = decision.RuleId;
                    await SendAllAsync(step, OutcomeMessage.ForDecision(knowledge, decision, language), cancellationToken).ConfigureAwait(false);
                    return await AskSolvedWithDetailsAsync(step, cancellationToken).ConfigureAwait(false);
                }

                var procedureId = Returns(inquiry) ? ProcedureIds.Return : ProcedureIds.RefuseDelivery;
                inquiry.RuleId = "procedure." + procedureId;
                message.Procedure(Procedure(knowledge, procedureId))
                    .Section(MessageKeys.OutcomeCautionsHeader, knowledge.ProcedureNotes, numbered: false);
                var outcome = procedureId == ProcedureIds.Return ? Outcome.Return : Outcome.RefuseDelivery;
                await SendAsync(step, message.Build(outcome, inquiry.RuleId), cancellationToken).ConfigureAwait(false);
                return await AskSolvedAsync(step, cancellationToken).ConfigureAwait(false);
        }
    }

    // A return is for an order received, a refused delivery for one shipped: with the seller, that is a decision.
    private Decision? Decision(OrderInquiry inquiry)
    {
        if (inquiry.SellerValue is not { } seller || inquiry.Topic is not (SupportTopic.ReturnItem or SupportTopic.RefuseDelivery))
        {
            return null;
        }

        var stage = Returns(inquiry) ? OrderStage.Received : OrderStage.Shipped;
        return Knowledge.Current.Decide(stage, seller, inquiry.PaymentValue);
    }

    // The topic says where the order will be: returned once received, refused while on its way; but a parcel told
    // received (「今朝もう受け取ってしもた」 after asking to refuse it) can only be returned.
    private static bool Returns(OrderInquiry inquiry) =>
        inquiry.Topic == SupportTopic.ReturnItem || inquiry.StageValue == OrderStage.Received;

    protected override ComposedOutcome? Composed(OrderInquiry inquiry, string language) =>
        Decision(inquiry) is { } decision ? OutcomeComposer.Compose(Knowledge.Current, decision, language) : null;

    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (inquiry.Topic != SupportTopic.WithdrawCancel)
        {
            return await CloseAsync(step, step.Result is true, EscalationTrigger.NotSolved, cancellationToken).ConfigureAwait(false);
        }

        // Withdraw asks "would you like a person?": yes means escalate, no means we are done.
        if (step.Result is true)
        {
            return await step.EndDialogAsync(inquiry.EscalateFor(EscalationTrigger.CustomerRequest, inquiry.RuleId), cancellationToken).ConfigureAwait(false);
        }

        await SendTextAsync(step.Context, MessageKeys.CommonClosingThanks, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(inquiry.Finish(ConversationNext.Done), cancellationToken).ConfigureAwait(false);
    }

    private static Procedure? Procedure(KnowledgeSnapshot knowledge, string id) =>
        knowledge.Procedures.TryGetValue(id, out var procedure) ? procedure : null;
}
