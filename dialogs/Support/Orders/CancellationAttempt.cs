namespace SupportBot.Dialogs.Orders;

/// <summary>
/// The result of asking the order system to cancel. <paramref name="FailureCause"/> is a failure-cause id of the
/// knowledge base (too-late, payment-trouble, system-error, just-changed, seller-policy) when the request failed.
/// </summary>
public sealed record CancellationAttempt(CancellationStatus Status, string? FailureCause = null, DateTimeOffset? At = null);
