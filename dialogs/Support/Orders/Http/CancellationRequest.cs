namespace SupportBot.Dialogs.Orders.Http;

/// <summary>The body of POST /orders/{number}/cancellation (docs/order-system-api.md).</summary>
internal sealed record CancellationRequest(string Reason);
