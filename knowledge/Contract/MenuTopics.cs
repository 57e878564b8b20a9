namespace SupportBot.Knowledge;

/// <summary>
/// The topics a menu button in menu.yaml can start: the code opens a conversation for each (menu.schema.json lists
/// the same values, and a test keeps the two and the dialogs' topics in step).
/// </summary>
public static class MenuTopics
{
    public const string CancelOrder = "cancel_order";
    public const string Refund = "refund";
    public const string FailedOrRefused = "failed_or_refused";
    public const string ShippedAnyway = "shipped_anyway";
    public const string Withdraw = "withdraw";
    public const string RefuseDelivery = "refuse_delivery";
    public const string Return = "return";
    public const string Faq = "faq";
    public const string Human = "human";

    public static IReadOnlyList<string> All { get; } =
        [CancelOrder, Refund, FailedOrRefused, ShippedAnyway, Withdraw, RefuseDelivery, Return, Faq, Human];
}
