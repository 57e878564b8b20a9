namespace SupportBot.Knowledge;

/// <summary>marketplace.yaml: the seller decides and refunds by hand; how and when to contact them.</summary>
public sealed record MarketplaceGuide(
    LocalizedText Summary,
    LocalizedText ReplyTime,
    LocalizedText Refund,
    int RecontactAfterHours,
    int RefundContactAfterDays,
    IReadOnlyList<LocalizedText> ContactSteps,
    IReadOnlyList<LocalizedText> Tips,
    IReadOnlyList<TableRow> Characteristics,
    IReadOnlyList<TableRow> Comparison,
    IReadOnlyList<TableRow> Troubles);
