namespace SupportBot.Dialogs.Orders.Http;

/// <summary>The body of 200 on GET /orders/{number} (docs/order-system-api.md).</summary>
internal sealed record OrderResponse(
    string? OrderNumber,
    string? Stage,
    string? Seller,
    string? PaymentMethod,
    DateTimeOffset? OrderedAt,
    string? ItemName,
    DateTimeOffset? CancelledAt);
