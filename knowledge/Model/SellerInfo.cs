namespace SupportBot.Knowledge;

/// <summary>A seller type's label and how the customer can tell which it is.</summary>
public sealed record SellerInfo(SellerType Seller, LocalizedText Label, LocalizedText HowToTell);
