using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Orders;

/// <summary>The ids an order system may answer with: the knowledge base's stages, sellers, payments and failure causes.</summary>
public static class OrderIds
{
    public const string TooLate = FailureCauseIds.TooLate;
    public const string PaymentTrouble = FailureCauseIds.PaymentTrouble;
    public const string SystemError = FailureCauseIds.SystemError;
    public const string JustChanged = FailureCauseIds.JustChanged;
    public const string SellerPolicy = FailureCauseIds.SellerPolicy;

    public static IReadOnlyList<string> FailureCauses => FailureCauseIds.All;

    public static bool IsStage(string? id) => KnowledgeIds.TryParseStage(id, out _);

    public static bool IsSeller(string? id) => KnowledgeIds.TryParseSeller(id, out _);

    public static bool IsPayment(string? id) => KnowledgeIds.TryParsePayment(id, out _);

    public static bool IsFailureCause(string? id) => id is not null && FailureCauses.Contains(id, StringComparer.Ordinal);
}
