namespace SupportBot.Knowledge;

/// <summary>
/// Composes an outcome for a phone: first what was understood and what to do now, then the numbered steps, then the
/// refund line for this payment and seller; cautions and "if it does not work" wait behind their buttons. Every line
/// keeps its source, so the answer book and the checks in answers.yaml can name where a line comes from.
/// </summary>
public static class OutcomeComposer
{
    public static ComposedOutcome Compose(KnowledgeSnapshot knowledge, Decision decision, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(decision);
        var rule = decision.Rule;
        var limit = knowledge.Answers.BubbleChars;
        var first = new List<AnswerLine>
        {
            Message(
                knowledge,
                MessageKeys.OutcomeUnderstood,
                language,
                ("stage", knowledge.StageInfo(decision.Stage).Label.For(language)),
                ("seller", knowledge.SellerInfo(decision.Seller).Label.For(language))),
            new("**" + rule.Headline.For(language) + "**", RuleSource(rule, "headline")),
        };
        if (rule.Warning is { } warning)
        {
            first.Add(new AnswerLine(warning.For(language), RuleSource(rule, "warning")));
        }

        var steps = rule.Steps.Select((step, i) => new AnswerLine($"{i + 1}. {step.For(language)}", RuleSource(rule, $"steps/{i + 1}")));
        var refund = RefundLines(knowledge, decision.Payment, decision.Outcome, decision.Seller, language);
        var now = BubblePacker.Pack(first, limit).Concat(BubblePacker.Pack(steps, limit)).Concat(BubblePacker.Pack(refund, limit)).ToList();

        var cautions = new List<AnswerLine> { Message(knowledge, MessageKeys.OutcomeCautionsHeader, language) };
        cautions.AddRange(rule.Cautions.Select((c, i) => new AnswerLine("- " + c.For(language), RuleSource(rule, $"cautions/{i + 1}"))));
        if (PaysBackByStoreTiming(knowledge, decision.Payment, decision.Outcome, decision.Seller) is { } timing)
        {
            cautions.AddRange(timing.Notes.Select((n, i) => new AnswerLine("- " + n.For(language), TimingSource(timing, $"notes/{i + 1}"))));
        }

        var ifFails = new List<AnswerLine> { Message(knowledge, MessageKeys.OutcomeIfFailsHeader, language) };
        ifFails.AddRange(rule.IfFails.Select((f, i) => new AnswerLine("- " + f.For(language), RuleSource(rule, $"if_fails/{i + 1}"))));
        ifFails.Add(Message(knowledge, MessageKeys.OutcomePersonOffer, language));

        return new ComposedOutcome(decision, language, now, BubblePacker.Pack(cautions, limit), BubblePacker.Pack(ifFails, limit));
    }

    /// <summary>
    /// Who pays back what, for this payment and seller: nothing when nothing was paid (cash on delivery, not
    /// received); the seller for a marketplace order, then the payment's own days after it where the knowledge gives
    /// them; for cash on delivery already paid, a bank transfer that needs the customer's account; otherwise the
    /// method's timing and route. Nothing when the payment is unknown.
    /// </summary>
    public static IReadOnlyList<AnswerLine> RefundLines(KnowledgeSnapshot knowledge, PaymentMethod? payment, Outcome outcome, SellerType? seller, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var timing = payment is { } known ? knowledge.RefundTimingFor(known) : null;
        if (timing is not null && timing.NothingPaidFor(outcome))
        {
            return [Message(knowledge, MessageKeys.RefundNothingPaid, language, ("payment", timing.Label.For(language)))];
        }

        if (seller == SellerType.Marketplace)
        {
            var sellerRefunds = new AnswerLine(knowledge.Marketplace.Refund.For(language), "marketplace.yaml#refund");
            return timing?.AfterSellerRefund is { } after && !timing.NothingPaidFor(outcome)
                ? [sellerRefunds, new AnswerLine(after.For(language), TimingSource(timing, "after_seller_refund"))]
                : [sellerRefunds];
        }

        if (timing is null)
        {
            return [];
        }

        var key = timing.PaidAtDelivery ? MessageKeys.RefundPaidAtDelivery : MessageKeys.OutcomeRefundLine;
        var text = knowledge.Text(
            key,
            language,
            ("payment", timing.Label.For(language)),
            ("expected", timing.Expected.For(language)),
            ("via", timing.RefundVia.For(language)));
        return [new AnswerLine(text, TimingSource(timing, "expected"))];
    }

    /// <summary>
    /// Where a marketplace seller's refund goes for this payment (gift-card balance or bank account, the card company):
    /// the payment's own route, never the store's timing. Nothing when the payment is unknown or nothing was paid.
    /// </summary>
    public static IReadOnlyList<AnswerLine> MarketplaceRoute(KnowledgeSnapshot knowledge, PaymentMethod? payment, Outcome outcome, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (payment is not { } known || knowledge.RefundTimingFor(known) is not { } timing || timing.NothingPaidFor(outcome))
        {
            return [];
        }

        // Where the method has its own days after the seller's refund, RefundLines already says them, route included.
        return timing.AfterSellerRefund is not null
            ? []
            : [Message(knowledge, MessageKeys.RefundMarketplaceVia, language, ("via", timing.RefundVia.For(language)))];
    }

    private static RefundTiming? PaysBackByStoreTiming(KnowledgeSnapshot knowledge, PaymentMethod? payment, Outcome outcome, SellerType? seller) =>
        payment is { } known && seller != SellerType.Marketplace && knowledge.RefundTimingFor(known) is { } timing
        && !timing.NothingPaidFor(outcome) && !timing.PaidAtDelivery
            ? timing
            : null;

    public static AnswerLine Message(KnowledgeSnapshot knowledge, MessageKey key, string language, params (string Name, string Value)[] args)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(key);
        return new AnswerLine(knowledge.Text(key, language, args), "messages.yaml#" + key.Name);
    }

    private static string RuleSource(DecisionRule rule, string part) => $"decision-rules.yaml#{rule.Id}/{part}";

    private static string TimingSource(RefundTiming timing, string part) => $"refund-timing.yaml#{KnowledgeIds.Id(timing.Payment)}/{part}";
}
