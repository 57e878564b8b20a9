using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Dialogs.Orders;

/// <summary>
/// Wraps every provider so that a slow or failing order system is never fatal: a call over
/// <see cref="OrderSystemOptions.TimeoutSeconds"/> or one that throws answers Unavailable, and the dialogs ask instead.
/// Only the caller's own cancellation propagates.
/// </summary>
internal sealed partial class TimeLimitedOrderService(IOrderService inner, IOptions<OrderSystemOptions> options, ILogger<TimeLimitedOrderService> logger, TimeProvider time)
    : IOrderService
{
    private readonly TimeSpan _timeout = options.Value.Timeout;

    public Task<OrderLookup> FindAsync(string orderNumber, CancellationToken cancellationToken) =>
        RunAsync(nameof(FindAsync), orderNumber, token => inner.FindAsync(orderNumber, token),
            new OrderLookup(OrderLookupStatus.Unavailable), cancellationToken);

    public Task<CancellationAttempt> RequestCancellationAsync(string orderNumber, string reason, CancellationToken cancellationToken) =>
        RunAsync(nameof(RequestCancellationAsync), orderNumber, token => inner.RequestCancellationAsync(orderNumber, reason, token),
            new CancellationAttempt(CancellationStatus.Unavailable), cancellationToken);

    private async Task<T> RunAsync<T>(string operation, string orderNumber, Func<CancellationToken, Task<T>> call, T unavailable, CancellationToken cancellationToken)
    {
        // The time-out runs on the injected clock, so a test moves it instead of waiting it out.
        using var deadline = new CancellationTokenSource(_timeout, time);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            // WaitAsync: a provider that ignores its token still cannot hold the conversation past the time-out.
            return await call(limit.Token).WaitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(logger, operation, OrderNumberMask.ForLog(orderNumber), _timeout.TotalSeconds);
            return unavailable;
        }
#pragma warning disable CA1031 // Any provider failure means "ask the customer", never a failed turn.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, operation, OrderNumberMask.ForLog(orderNumber));
            return unavailable;
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Order system {Operation} for order {OrderNumber} took longer than {TimeoutSeconds} s; asking the customer instead")]
    private static partial void LogTimedOut(ILogger logger, string operation, string orderNumber, double timeoutSeconds);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning,
        Message = "Order system {Operation} for order {OrderNumber} failed; asking the customer instead")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation, string orderNumber);
}
