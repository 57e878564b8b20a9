using System.Text;
using Microsoft.Extensions.Options;

namespace SupportBot.Dialogs.Orders.Demo;

/// <summary>
/// The demo order system (Orders:Provider = Demo): answers from the seeded SQLite order book, with the special
/// orders' failures and delays. Registered behind <see cref="TimeLimitedOrderService"/>, which turns the delays into Unavailable.
/// </summary>
internal sealed class DemoOrderService(DemoOrderBook book, IOptions<OrderSystemOptions> options, TimeProvider time) : IOrderService
{
    // Well past the caller's time-out (even on a loaded machine), yet finite, so a caller without one still gets an answer.
    private readonly TimeSpan _slowAnswer = options.Value.Timeout * 5 + TimeSpan.FromSeconds(5);

    public async Task<OrderLookup> FindAsync(string orderNumber, CancellationToken cancellationToken)
    {
        var row = await book.FindAsync(Canonical(orderNumber), cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return new OrderLookup(OrderLookupStatus.NotFound);
        }

        if (row.Order.Behaviour == DemoOrderBehaviour.LookupTimesOut)
        {
            await Task.Delay(_slowAnswer, time, cancellationToken).ConfigureAwait(false);
        }

        var order = row.Order;
        var orderedAt = time.GetUtcNow().AddHours(-order.OrderedHoursAgo);
        return new OrderLookup(OrderLookupStatus.Found, new OrderRecord(
            order.OrderNumber, order.Stage, order.Seller, order.PaymentMethod,
            new DateTimeOffset(orderedAt.Ticks - (orderedAt.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero),
            order.ItemName, row.CancelledAt));
    }

    public async Task<CancellationAttempt> RequestCancellationAsync(string orderNumber, string reason, CancellationToken cancellationToken)
    {
        var number = Canonical(orderNumber);
        var row = await book.FindAsync(number, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (row is null)
        {
            // The contract has no "not found" for cancellations: the order system refuses what it does not know.
            return new CancellationAttempt(CancellationStatus.Rejected, null, now);
        }

        if (row.CancelledAt is { } cancelledAt)
        {
            return new CancellationAttempt(CancellationStatus.Accepted, null, cancelledAt);
        }

        switch (row.Order.Behaviour)
        {
            case DemoOrderBehaviour.RejectedBySellerPolicy:
                return new CancellationAttempt(CancellationStatus.Rejected, OrderIds.SellerPolicy, now);
            case DemoOrderBehaviour.SystemError:
                return new CancellationAttempt(CancellationStatus.Failed, OrderIds.SystemError, now);
            case DemoOrderBehaviour.PaymentTrouble:
                return new CancellationAttempt(CancellationStatus.Failed, OrderIds.PaymentTrouble, now);
            case DemoOrderBehaviour.JustChanged:
                return new CancellationAttempt(CancellationStatus.Failed, OrderIds.JustChanged, now);
            case DemoOrderBehaviour.CancellationTimesOut:
                await Task.Delay(_slowAnswer, time, cancellationToken).ConfigureAwait(false);
                break;
        }

        if (row.Order.Stage != "not_shipped")
        {
            return new CancellationAttempt(CancellationStatus.Rejected, OrderIds.TooLate, now);
        }

        var at = await book.MarkCancelledAsync(number, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new CancellationAttempt(CancellationStatus.Accepted, null, at);
    }

    // The dialogs pass the canonical form already; full-width input from a direct caller still finds the order.
    private static string Canonical(string orderNumber) => orderNumber.Normalize(NormalizationForm.FormKC).Trim();
}
