using System.Globalization;
using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Interruptions;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Prompts;
using SupportBot.Dialogs.Slots;
using SupportBot.Knowledge;
using SupportBot.Understanding;

namespace SupportBot.Dialogs.Cancellation;

/// <summary>
/// Cancel an order: order number (unless the stage is already known and no order system can look it up) → (order
/// system lookup) → stage → seller → payment when the answer leads to a
/// refund → (offer to send the request) → the knowledge base's decision as one outcome message → "Did that solve it?".
/// Slots already filled (given up front or found in the order system) are not asked again.
/// </summary>
public sealed class CancellationDialog : TopicDialog
{
    private const string Waterfall = nameof(CancellationDialog) + ".waterfall";
    private const string OrderNumberPrompt = nameof(CancellationDialog) + ".orderNumber";
    private const string StagePrompt = nameof(CancellationDialog) + ".stage";
    private const string SellerPrompt = nameof(CancellationDialog) + ".seller";
    private const string PaymentPrompt = nameof(CancellationDialog) + ".payment";
    private const string SendPrompt = nameof(CancellationDialog) + ".send";
    private const string SellerSilentPrompt = nameof(CancellationDialog) + ".sellerSilent";

    /// <summary>The reason the bot gives the order system for a request it sends (not shown to the customer).</summary>
    private const string RequestReason = "customer-request-via-supportbot";

    private readonly OrderSystemGuard _orders;

    public CancellationDialog(IKnowledgeBase knowledge, OrderSystemGuard orders)
        : base(nameof(CancellationDialog), knowledge)
    {
        _orders = orders;
        AddDialog(new WaterfallDialog(Waterfall,
        [
            AskOrderNumberStepAsync,
            LookUpOrderStepAsync,
            AskStageStepAsync,
            AskSellerStepAsync,
            AskPaymentStepAsync,
            OfferToSendStepAsync,
            GiveOutcomeStepAsync,
            CloseStepAsync,
            CloseMarketplaceStepAsync,
        ]));
        AddDialog(new Prompts.OrderNumberPrompt(OrderNumberPrompt, knowledge));
        AddDialog(new SlotChoicePrompt(StagePrompt, knowledge, MessageKeys.HelpStage, SlotChoices.Stages, turn => turn.Stage));
        AddDialog(new SlotChoicePrompt(SellerPrompt, knowledge, MessageKeys.HelpSeller, SlotChoices.Sellers, turn => turn.Seller));
        AddDialog(new SlotChoicePrompt(PaymentPrompt, knowledge, MessageKeys.HelpPayment, SlotChoices.Payments, turn => turn.PaymentMethod));
        AddDialog(new YesNoPrompt(SendPrompt, knowledge));
        AddDialog(new YesNoPrompt(SellerSilentPrompt, knowledge));
        InitialDialogId = Waterfall;
    }

    /// <summary>Outcomes that end in a refund, whose timing depends on the payment method.</summary>
    public static bool LeadsToRefund(Outcome outcome) => outcome is Outcome.Cancel or Outcome.RefuseDelivery or Outcome.Return;

    private async Task<DialogTurnResult> AskOrderNumberStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        // Without an order system the number only labels the inquiry: a customer who already said where the order
        // stands gets the answer first, not a question about a number nothing here can look up.
        return inquiry.OrderNumber is not null || (!_orders.IsConfigured && inquiry.StageValue is not null)
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(OrderNumberPrompt, PromptSpec.Ask(MessageKeys.CancelAskOrderNumber), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> LookUpOrderStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is string orderNumber)
        {
            inquiry.OrderNumber = orderNumber;
        }

        if (_orders.IsConfigured && !inquiry.LookedUp && inquiry.OrderNumber is { } number)
        {
            inquiry.LookedUp = true;
            var lookup = await _orders.FindAsync(number, cancellationToken).ConfigureAwait(false);
            if (lookup is { Status: OrderLookupStatus.Found, Order: { } order })
            {
                await ReportFoundAsync(step, inquiry, order, cancellationToken).ConfigureAwait(false);
            }
            else if (lookup.Status == OrderLookupStatus.NotFound)
            {
                await SendTextAsync(step.Context, MessageKeys.CancelOrderNumberNotFound, cancellationToken, ("orderNumber", number)).ConfigureAwait(false);
            }
        }

        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskStageStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        return inquiry.StageValue is not null
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.PromptAsync(StagePrompt, PromptSpec.Ask(MessageKeys.CancelAskStage), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskSellerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is string stage)
        {
            inquiry.Stage = stage;
        }

        if (inquiry.SellerValue is not null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // The stage alone decides the outcome (the seller only changes its steps): say it before asking.
        await SayPreviewAsync(step, inquiry, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(SellerPrompt, PromptSpec.Ask(MessageKeys.CancelAskSeller), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the stage allows (cancel, refuse at the door, return), said before the questions its steps need.</summary>
    private async Task SayPreviewAsync(WaterfallStepContext step, OrderInquiry inquiry, CancellationToken cancellationToken)
    {
        var knowledge = Knowledge.Current;
        var outcome = knowledge.Decide(inquiry.StageValue!.Value, SellerType.Store, inquiry.PaymentValue).Outcome;
        var preview = outcome switch
        {
            Outcome.Cancel when inquiry.StageValue == OrderStage.Preparing => MessageKeys.CancelPreviewCancelPreparing,
            Outcome.Cancel => MessageKeys.CancelPreviewCancel,
            Outcome.RefuseDelivery => MessageKeys.CancelPreviewRefuseDelivery,
            _ => MessageKeys.CancelPreviewReturn,
        };
        var said = MessageFactory.Text(knowledge.Text(preview, Language(step), ("stage", knowledge.StageInfo(inquiry.StageValue.Value).Label.For(Language(step)))));
        said.Entities = [OutcomeEntities.Outcome(outcome, OutcomeEntities.PreviewRulePrefix + inquiry.Stage, knowledge.Version)];
        await SendAsync(step, said, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskPaymentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is string seller)
        {
            inquiry.Seller = seller;
        }

        var decision = Decide(inquiry);
        // A marketplace seller refunds a return by themselves: how it was paid changes nothing said.
        // Nor when the seller does not reply: that is what the customer came about, answered now.
        var paymentMatters = LeadsToRefund(decision.Outcome)
            && !(inquiry.SellerValue == SellerType.Marketplace && (decision.Outcome == Outcome.Return || inquiry.SellerSilent));
        if (inquiry.PaymentMethod is not null || !paymentMatters)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // Stage and seller given together: what the stage allows is said now, as when the seller is asked.
        if (step.Result is not string && inquiry.StageValue is not null)
        {
            await SayPreviewAsync(step, inquiry, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(PaymentPrompt, PromptSpec.Ask(MessageKeys.CancelAskPayment), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> OfferToSendStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is string payment)
        {
            inquiry.PaymentMethod = payment;
        }

        return _orders.IsConfigured && inquiry.FromOrderSystem && Decide(inquiry).Outcome == Outcome.Cancel
            ? await step.PromptAsync(SendPrompt, PromptSpec.Ask(MessageKeys.OrdersOfferSend), cancellationToken).ConfigureAwait(false)
            : await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> GiveOutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        var knowledge = Knowledge.Current;
        var language = Language(step);
        var decision = Decide(inquiry);
        inquiry.RuleId = decision.RuleId;

        if (step.Result is true && inquiry.OrderNumber is { } number)
        {
            var attempt = await _orders.RequestCancellationAsync(number, RequestReason, cancellationToken).ConfigureAwait(false);
            switch (attempt.Status)
            {
                case CancellationStatus.Accepted:
                    var accepted = new OutcomeMessage(knowledge, language)
                        .Headline(knowledge.Text(MessageKeys.OrdersCancelAccepted, language, ("orderNumber", number)))
                        .Lines(OutcomeComposer.RefundLines(knowledge, inquiry.PaymentValue, Outcome.Cancel, inquiry.SellerValue, language))
                        .Build(Outcome.Cancel, decision.RuleId);
                    await SendAsync(step, accepted, cancellationToken).ConfigureAwait(false);
                    return await AskSolvedAsync(step, cancellationToken).ConfigureAwait(false);
                case CancellationStatus.Rejected or CancellationStatus.Failed:
                    await SendAsync(step, FailedRequestMessage(knowledge, language, attempt.FailureCause, decision.RuleId), cancellationToken).ConfigureAwait(false);
                    inquiry.FailureCause = attempt.FailureCause;
                    return await step.EndDialogAsync(inquiry.EscalateFor(EscalationTrigger.CancelFailed, attempt.FailureCause ?? attempt.Status.ToString()), cancellationToken).ConfigureAwait(false);
                default:
                    await SendTextAsync(step.Context, MessageKeys.OrdersUnavailable, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        await SendAllAsync(step, OutcomeMessage.ForDecision(knowledge, decision, language), cancellationToken).ConfigureAwait(false);

        // 「昨日キャンセルリクエストを送ったが出品者から返事がない」 with the facts that decide: what the policy says of a
        // silent seller, and whether it has been that long, not "did that solve it?".
        if (inquiry.SellerValue == SellerType.Marketplace && inquiry.SellerSilent)
        {
            return await step.NextAsync(false, cancellationToken).ConfigureAwait(false);
        }

        return await AskSolvedWithDetailsAsync(step, cancellationToken).ConfigureAwait(false);
    }

    protected override ComposedOutcome? Composed(OrderInquiry inquiry, string language) =>
        inquiry is { StageValue: { } stage, SellerValue: { } seller }
            ? OutcomeComposer.Compose(Knowledge.Current, Knowledge.Current.Decide(stage, seller, inquiry.PaymentValue), language)
            : null;

    // A marketplace seller decides: before a person takes over, ask whether the seller has stayed silent as long as the
    // escalation policy says (contacts, hours); only then is it the seller-silent trigger.
    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is true || Inquiry(step).SellerValue != SellerType.Marketplace)
        {
            return await CloseAsync(step, step.Result is true, EscalationTrigger.NotSolved, cancellationToken).ConfigureAwait(false);
        }

        var policy = Knowledge.Current.Escalation;
        await SendTextAsync(
            step.Context,
            MessageKeys.MarketplaceSilenceRule,
            cancellationToken,
            ("contacts", policy.SellerSilentContacts.ToString(CultureInfo.InvariantCulture)),
            ("hours", policy.SellerSilentHours.ToString(CultureInfo.InvariantCulture))).ConfigureAwait(false);
        return await step.PromptAsync(SellerSilentPrompt, PromptSpec.Ask(MessageKeys.MarketplaceAskSilent), cancellationToken).ConfigureAwait(false);
    }

    // Yes: the seller stayed silent, a person takes over. No: contact the seller again first, as the article advises.
    private async Task<DialogTurnResult> CloseMarketplaceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inquiry = Inquiry(step);
        if (step.Result is true)
        {
            return await step.EndDialogAsync(inquiry.EscalateFor(EscalationTrigger.SellerSilent, inquiry.RuleId), cancellationToken).ConfigureAwait(false);
        }

        // How to reach the seller, written once in marketplace.yaml, then when to come back.
        var knowledge = Knowledge.Current;
        var language = Language(step);
        var howTo = new OutcomeMessage(knowledge, language).Section(null, knowledge.Marketplace.ContactSteps, numbered: true).BuildText();
        await step.Context.SendActivityAsync(howTo, cancellationToken).ConfigureAwait(false);
        await SendTextAsync(step.Context, MessageKeys.MarketplaceComeBack, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(inquiry.Finish(ConversationNext.Done), cancellationToken).ConfigureAwait(false);
    }

    private async Task ReportFoundAsync(WaterfallStepContext step, OrderInquiry inquiry, OrderRecord order, CancellationToken cancellationToken)
    {
        var knowledge = Knowledge.Current;
        var language = Language(step);
        inquiry.Stage = KnowledgeIds.TryParseStage(order.Stage, out _) ? order.Stage : inquiry.Stage;
        inquiry.Seller = KnowledgeIds.TryParseSeller(order.Seller, out _) ? order.Seller : inquiry.Seller;
        inquiry.PaymentMethod = KnowledgeIds.TryParsePayment(order.PaymentMethod, out _) ? order.PaymentMethod : inquiry.PaymentMethod;
        inquiry.FromOrderSystem = true;

        var unknown = knowledge.Text(MessageKeys.ChoiceUnknown, language);
        var details = knowledge.Text(
            MessageKeys.OrdersFoundDetails,
            language,
            ("stage", inquiry.StageValue is { } s ? knowledge.StageInfo(s).Label.For(language) : unknown),
            ("seller", inquiry.SellerValue is { } v ? knowledge.SellerInfo(v).Label.For(language) : unknown),
            ("payment", inquiry.PaymentValue is { } p ? knowledge.RefundTimingFor(p).Label.For(language) : unknown));
        var text = knowledge.Text(MessageKeys.CancelOrderFound, language, ("orderNumber", order.OrderNumber)) + "\n\n" + details;
        await step.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
    }

    private static Microsoft.Bot.Schema.IMessageActivity FailedRequestMessage(KnowledgeSnapshot knowledge, string language, string? causeId, string ruleId)
    {
        var cause = causeId is null ? null : knowledge.Failures.Find(causeId);
        var label = cause?.Label.For(language) ?? knowledge.Text(MessageKeys.FailedCauseUnknown, language);
        var message = new OutcomeMessage(knowledge, language)
            .Headline(knowledge.Text(MessageKeys.OrdersCancelFailed, language, ("cause", label)));
        if (cause is not null)
        {
            message.Paragraph(cause.Remedy.For(language)).Procedure(cause.Procedure);
        }

        return message.Build(Outcome.Escalate, ruleId);
    }

    private Decision Decide(OrderInquiry inquiry) =>
        Knowledge.Current.Decide(
            inquiry.StageValue ?? throw new InvalidOperationException("The stage is asked before deciding."),
            inquiry.SellerValue ?? throw new InvalidOperationException("The seller is asked before deciding."),
            inquiry.PaymentValue);
}
