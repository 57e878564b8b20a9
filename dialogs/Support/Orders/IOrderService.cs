namespace SupportBot.Dialogs.Orders;

/// <summary>
/// The store's order system, when one is configured (Orders:Provider = Demo or Http). Without one the bot
/// asks the customer. Implementations never throw for an unreachable or slow system: they answer
/// <see cref="OrderLookupStatus.Unavailable"/> / <see cref="CancellationStatus.Unavailable"/> instead.
/// </summary>
public interface IOrderService
{
    Task<OrderLookup> FindAsync(string orderNumber, CancellationToken cancellationToken);

    Task<CancellationAttempt> RequestCancellationAsync(string orderNumber, string reason, CancellationToken cancellationToken);
}
