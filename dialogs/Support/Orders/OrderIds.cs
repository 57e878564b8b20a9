using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Orders;

/// <summary>The ids an order system may answer with: the knowledge base's stages, sellers, payments and failure causes.</summary>
public static class OrderIds
{
    public const string TooLate = "too-late";
    public const string PaymentTrouble = "payment-trouble";
    public const string SystemError = "system-error";
    public const string JustChanged = "just-changed";
    public const string SellerPolicy = "seller-policy";

    public static IReadOnlyList<string> FailureCauses { get; } = [TooLate, PaymentTrouble, SystemError, JustChanged, SellerPolicy];

    public static bool IsStage(string? id) => KnowledgeIds.TryParseStage(id, out _);

    public static bool IsSeller(string? id) => KnowledgeIds.TryParseSeller(id, out _);

    public static bool IsPayment(string? id) => KnowledgeIds.TryParsePayment(id, out _);

    public static bool IsFailureCause(string? id) => id is not null && FailureCauses.Contains(id, StringComparer.Ordinal);
}
