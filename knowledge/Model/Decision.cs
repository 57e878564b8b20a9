namespace SupportBot.Knowledge;

/// <summary>The answer for one stage × seller (× payment): the rule reached, its outcome and the refund timing.</summary>
public sealed record Decision(
    OrderStage Stage,
    SellerType Seller,
    PaymentMethod? Payment,
    DecisionRule Rule,
    RefundTiming? RefundTiming,
    string KnowledgeVersion)
{
    public string RuleId => Rule.Id;

    public Outcome Outcome => Rule.Outcome;

    /// <summary>True when the request may fail (for example while the order is being prepared).</summary>
    public bool HasWarning => Rule.Warning is not null;
}
