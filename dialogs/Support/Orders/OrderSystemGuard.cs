using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SupportBot.Dialogs.Orders;

/// <summary>
/// The dialogs' side of the optional order system: none configured, down, throwing or slower than the time-out
/// (2 s) all read as Unavailable, so the conversation falls back to asking the customer and never fails.
/// </summary>
public sealed partial class OrderSystemGuard
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    private readonly IOrderService? _service;
    private readonly TimeSpan _timeout;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;

    public OrderSystemGuard(IOrderService? service, TimeSpan? timeout = null, ILogger? logger = null, TimeProvider? time = null)
    {
        _service = service;
        _timeout = timeout ?? DefaultTimeout;
        _logger = logger ?? NullLogger.Instance;
        _time = time ?? TimeProvider.System;
    }

    public bool IsConfigured => _service is not null;

    public Task<OrderLookup> FindAsync(string orderNumber, CancellationToken cancellationToken) =>
        GuardAsync(
            (service, token) => service.FindAsync(orderNumber, token),
            new OrderLookup(OrderLookupStatus.Unavailable),
            nameof(FindAsync),
            cancellationToken);

    public Task<CancellationAttempt> RequestCancellationAsync(string orderNumber, string reason, CancellationToken cancellationToken) =>
        GuardAsync(
            (service, token) => service.RequestCancellationAsync(orderNumber, reason, token),
            new CancellationAttempt(CancellationStatus.Unavailable),
            nameof(RequestCancellationAsync),
            cancellationToken);

    private async Task<T> GuardAsync<T>(Func<IOrderService, CancellationToken, Task<T>> call, T unavailable, string operation, CancellationToken cancellationToken)
        where T : class
    {
        if (_service is null)
        {
            return unavailable;
        }

        // The time-out runs on the injected clock, so a test moves it instead of waiting it out.
        using var limit = new CancellationTokenSource(_timeout, _time);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            return await call(_service, timeout.Token).WaitAsync(_timeout, _time, cancellationToken).ConfigureAwait(false) ?? unavailable;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(_logger, operation, "timeout");
            return unavailable;
        }
        catch (TimeoutException)
        {
            LogUnavailable(_logger, operation, "timeout");
            return unavailable;
        }
#pragma warning disable CA1031 // Any failure of an optional, external system must fall back to asking the customer.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(_logger, operation, ex);
            return unavailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order system {Operation} unavailable ({Why}); asking the customer instead")]
    private static partial void LogUnavailable(ILogger logger, string operation, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order system {Operation} failed; asking the customer instead")]
    private static partial void LogFailed(ILogger logger, string operation, Exception exception);
}
