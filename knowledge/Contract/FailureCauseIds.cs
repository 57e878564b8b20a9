namespace SupportBot.Knowledge;

/// <summary>
/// The failure-cause ids the code relies on (an order system answers with them): failures.yaml must define each one,
/// which `validate` and every reload check.
/// </summary>
public static class FailureCauseIds
{
    public const string TooLate = "too-late";
    public const string PaymentTrouble = "payment-trouble";
    public const string SystemError = "system-error";
    public const string JustChanged = "just-changed";
    public const string SellerPolicy = "seller-policy";

    public static IReadOnlyList<string> All { get; } = [TooLate, PaymentTrouble, SystemError, JustChanged, SellerPolicy];
}
