namespace SupportBot.Knowledge;

/// <summary>The canonical ids used in the content files, state and entities, and their enum values.</summary>
public static class KnowledgeIds
{
    /// <summary>The answer id of "I don't know" to the stage, seller and payment questions.</summary>
    public const string UnknownAnswer = "unknown";

    public static IReadOnlyList<OrderStage> Stages { get; } = Enum.GetValues<OrderStage>();
    public static IReadOnlyList<SellerType> Sellers { get; } = Enum.GetValues<SellerType>();
    public static IReadOnlyList<PaymentMethod> Payments { get; } = Enum.GetValues<PaymentMethod>();
    public static IReadOnlyList<Outcome> Outcomes { get; } = Enum.GetValues<Outcome>();
    public static IReadOnlyList<EscalationTrigger> Triggers { get; } = Enum.GetValues<EscalationTrigger>();

    public static string Id(OrderStage stage) => stage switch
    {
        OrderStage.NotShipped => "not_shipped",
        OrderStage.Preparing => "preparing",
        OrderStage.Shipped => "shipped",
        _ => "received",
    };

    public static string Id(SellerType seller) => seller == SellerType.Store ? "store" : "marketplace";

    public static string Id(PaymentMethod payment) => payment switch
    {
        PaymentMethod.CreditCard => "credit_card",
        PaymentMethod.ConvenienceAtm => "convenience_atm",
        PaymentMethod.EMoney => "e_money",
        _ => "cash_on_delivery",
    };

    public static string Id(Outcome outcome) => outcome switch
    {
        Outcome.Cancel => "cancel",
        Outcome.RefuseDelivery => "refuse_delivery",
        Outcome.Return => "return",
        Outcome.Escalate => "escalate",
        _ => "info",
    };

    public static string Id(EscalationTrigger trigger) => trigger switch
    {
        EscalationTrigger.RefundOverdue => "refund_overdue",
        EscalationTrigger.SellerSilent => "seller_silent",
        EscalationTrigger.CancelFailed => "cancel_failed",
        EscalationTrigger.RemedyFailed => "remedy_failed",
        EscalationTrigger.InvalidOrderNumber => "invalid_order_number",
        EscalationTrigger.NotUnderstood => "not_understood",
        EscalationTrigger.NotSolved => "not_solved",
        _ => "customer_request",
    };

    public static bool TryParseStage(string? id, out OrderStage stage) => TryParse(id, Stages, Id, out stage);

    public static bool TryParseSeller(string? id, out SellerType seller) => TryParse(id, Sellers, Id, out seller);

    public static bool TryParsePayment(string? id, out PaymentMethod payment) => TryParse(id, Payments, Id, out payment);

    public static bool TryParseOutcome(string? id, out Outcome outcome) => TryParse(id, Outcomes, Id, out outcome);

    public static bool TryParseTrigger(string? id, out EscalationTrigger trigger) => TryParse(id, Triggers, Id, out trigger);

    private static bool TryParse<T>(string? id, IReadOnlyList<T> values, Func<T, string> toId, out T value)
        where T : struct
    {
        foreach (var candidate in values)
        {
            if (string.Equals(toId(candidate), id, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
