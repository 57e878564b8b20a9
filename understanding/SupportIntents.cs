namespace SupportBot.Understanding;

/// <summary>The intents every recognizer reports, as keys of <c>RecognizerResult.Intents</c>.</summary>
public static class SupportIntents
{
    public const string CancelOrder = nameof(CancelOrder);
    public const string RefundStatus = nameof(RefundStatus);
    public const string CancelFailed = nameof(CancelFailed);
    public const string CancelRejected = nameof(CancelRejected);
    public const string ShippedAnyway = nameof(ShippedAnyway);
    public const string WithdrawCancel = nameof(WithdrawCancel);
    public const string RefuseDelivery = nameof(RefuseDelivery);
    public const string ReturnItem = nameof(ReturnItem);
    public const string Faq = nameof(Faq);
    public const string Human = nameof(Human);
    public const string Help = nameof(Help);
    public const string StartOver = nameof(StartOver);
    public const string Quit = nameof(Quit);
    public const string Greeting = nameof(Greeting);
    public const string Thanks = nameof(Thanks);

    /// <summary>Something this bot does not handle (subscriptions, addresses, receipts...): said so, and a person offered.</summary>
    public const string OutOfScope = nameof(OutOfScope);

    /// <summary>No request: only facts (an order number, a status) or nothing to go on.</summary>
    public const string None = nameof(None);

    public static IReadOnlyList<string> All { get; } =
    [
        CancelOrder, RefundStatus, CancelFailed, CancelRejected, ShippedAnyway, WithdrawCancel, RefuseDelivery,
        ReturnItem, Faq, Human, Help, StartOver, Quit, Greeting, Thanks, OutOfScope, None,
    ];
}
