namespace SupportBot.Dialogs.Orders.Http;

/// <summary>The body of 200 on POST /orders/{number}/cancellation (docs/order-system-api.md).</summary>
internal sealed record CancellationResponse(string? Status, string? FailureCause, DateTimeOffset? At);
