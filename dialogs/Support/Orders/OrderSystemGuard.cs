using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;

namespace SupportBot.Dialogs.Orders;

/// <summary>
/// The dialogs' side of the optional order system, and its only boundary: none configured, down, throwing or slower
/// than the time-out (<c>Orders:TimeoutSeconds</c>, 2 s; <see cref="OrderSystemResilience"/>) all read as Unavailable,
/// so the conversation falls back to asking the customer and never fails. Only the caller's own cancellation propagates.
/// </summary>
public sealed partial class OrderSystemGuard : IOrderService
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    private readonly IOrderService? _service;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    public OrderSystemGuard(IOrderService? service, TimeSpan? timeout = null, ILogger? logger = null, TimeProvider? time = null)
    {
        _service = service;
        _pipeline = OrderSystemResilience.Create(timeout ?? DefaultTimeout, time ?? TimeProvider.System);
        _logger = logger ?? NullLogger.Instance;
    }

    public bool IsConfigured => _service is not null;

    public Task<OrderLookup> FindAsync(string orderNumber, CancellationToken cancellationToken) =>
        GuardAsync(
            (service, token) => service.FindAsync(orderNumber, token),
            new OrderLookup(OrderLookupStatus.Unavailable),
            nameof(FindAsync),
            orderNumber,
            cancellationToken);

    public Task<CancellationAttempt> RequestCancellationAsync(string orderNumber, string reason, CancellationToken cancellationToken) =>
        GuardAsync(
            (service, token) => service.RequestCancellationAsync(orderNumber, reason, token),
            new CancellationAttempt(CancellationStatus.Unavailable),
            nameof(RequestCancellationAsync),
            orderNumber,
            cancellationToken);

    private async Task<T> GuardAsync<T>(Func<IOrderService, CancellationToken, Task<T>> call, T unavailable, string operation, string orderNumber, CancellationToken cancellationToken)
        where T : class
    {
        if (_service is null)
        {
            return unavailable;
        }

        try
        {
            // WaitAsync: a provider that ignores its token still cannot hold the conversation past the time-out.
            return await _pipeline.ExecuteAsync(async token => await call(_service, token).WaitAsync(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false) ?? unavailable;
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogTimedOut(_logger, operation, OrderNumberMask.ForLog(orderNumber));
            return unavailable;
        }
#pragma warning disable CA1031 // Any failure of an optional, external system must fall back to asking the customer.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(_logger, ex, operation, OrderNumberMask.ForLog(orderNumber));
            return unavailable;
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Order system {Operation} for order {OrderNumber} took longer than its time-out; asking the customer instead")]
    private static partial void LogTimedOut(ILogger logger, string operation, string orderNumber);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Order system {Operation} for order {OrderNumber} failed; asking the customer instead")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation, string orderNumber);
}
