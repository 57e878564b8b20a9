namespace SupportBot.Dialogs.Orders;

/// <summary>What the order system knows of an order, in the knowledge base's ids (stage, seller, payment method).</summary>
public sealed record OrderRecord(
    string OrderNumber,
    string Stage,
    string Seller,
    string PaymentMethod,
    DateTimeOffset OrderedAt,
    string? ItemName = null,
    DateTimeOffset? CancelledAt = null);
