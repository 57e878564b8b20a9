using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Dialogs.Orders.Http;

/// <summary>
/// A real store's order system behind the REST contract of docs/order-system-api.md (Orders:Provider = Http).
/// Anything but a contract answer (other status codes, malformed JSON, unknown ids, connection errors, a call over
/// Orders:TimeoutSeconds) answers Unavailable; only the caller's own cancellation throws.
/// </summary>
internal sealed class HttpOrderService(HttpClient client, IOptions<OrderSystemOptions> options, ILogger<HttpOrderService> logger) : IOrderService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TimeSpan _timeout = options.Value.Timeout;

    public async Task<OrderLookup> FindAsync(string orderNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        const string operation = "lookup";
        var unavailable = new OrderLookup(OrderLookupStatus.Unavailable);
        using var limit = Limit(cancellationToken);
        try
        {
            using var response = await client.GetAsync(OrderPath(orderNumber), limit.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return new OrderLookup(OrderLookupStatus.NotFound);
            }

            if (!response.IsSuccessStatusCode)
            {
                HttpOrderServiceLog.UnexpectedStatus(logger, response.StatusCode, operation, OrderNumberMask.ForLog(orderNumber));
                return unavailable;
            }

            var body = await response.Content.ReadFromJsonAsync<OrderResponse>(Json, limit.Token).ConfigureAwait(false);
            if (Problem(body) is { } problem)
            {
                HttpOrderServiceLog.MalformedAnswer(logger, operation, OrderNumberMask.ForLog(orderNumber), problem);
                return unavailable;
            }

            return new OrderLookup(OrderLookupStatus.Found, new OrderRecord(
                body!.OrderNumber!, body.Stage!, body.Seller!, body.PaymentMethod!, body.OrderedAt!.Value, body.ItemName, body.CancelledAt));
        }
        catch (Exception ex) when (IsUnavailable(ex, operation, orderNumber, cancellationToken))
        {
            return unavailable;
        }
    }

    public async Task<CancellationAttempt> RequestCancellationAsync(string orderNumber, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        const string operation = "cancellation";
        var unavailable = new CancellationAttempt(CancellationStatus.Unavailable);
        using var limit = Limit(cancellationToken);
        try
        {
            using var response = await client.PostAsJsonAsync(OrderPath(orderNumber) + "/cancellation", new CancellationRequest(reason), Json, limit.Token)
                .ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                // An order the system does not know cannot be cancelled: refused, with no cause to explain.
                return new CancellationAttempt(CancellationStatus.Rejected);
            }

            if (!response.IsSuccessStatusCode)
            {
                HttpOrderServiceLog.UnexpectedStatus(logger, response.StatusCode, operation, OrderNumberMask.ForLog(orderNumber));
                return unavailable;
            }

            var body = await response.Content.ReadFromJsonAsync<CancellationResponse>(Json, limit.Token).ConfigureAwait(false);
            var status = body?.Status switch
            {
                "accepted" => CancellationStatus.Accepted,
                "rejected" => CancellationStatus.Rejected,
                "failed" => CancellationStatus.Failed,
                _ => (CancellationStatus?)null,
            };
            if (status is null || (body!.FailureCause is { } cause && !OrderIds.IsFailureCause(cause)))
            {
                HttpOrderServiceLog.MalformedAnswer(logger, operation, OrderNumberMask.ForLog(orderNumber),
                    status is null ? $"status '{body?.Status}'" : $"failureCause '{body!.FailureCause}'");
                return unavailable;
            }

            return new CancellationAttempt(status.Value, body.FailureCause, body.At);
        }
        catch (Exception ex) when (IsUnavailable(ex, operation, orderNumber, cancellationToken))
        {
            return unavailable;
        }
    }

    private static string OrderPath(string orderNumber) => "orders/" + Uri.EscapeDataString(orderNumber);

    // Per call, on top of HttpClient.Timeout, so that reading a slow body is bounded as well.
    private CancellationTokenSource Limit(CancellationToken cancellationToken)
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_timeout);
        return limit;
    }

    private static string? Problem(OrderResponse? body) => body switch
    {
        null => "empty body",
        { OrderNumber: null or "" } => "no orderNumber",
        { OrderedAt: null } => "no orderedAt",
        _ when !OrderIds.IsStage(body.Stage) => $"stage '{body.Stage}'",
        _ when !OrderIds.IsSeller(body.Seller) => $"seller '{body.Seller}'",
        _ when !OrderIds.IsPayment(body.PaymentMethod) => $"paymentMethod '{body.PaymentMethod}'",
        _ => null,
    };

    // The exception filter logs and answers true for everything the contract maps to Unavailable; the caller's own
    // cancellation is not among them, so it propagates.
    private bool IsUnavailable(Exception exception, string operation, string orderNumber, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return false;
            case OperationCanceledException:
                HttpOrderServiceLog.TimedOut(logger, _timeout.TotalSeconds, operation, OrderNumberMask.ForLog(orderNumber));
                return true;
            case JsonException or NotSupportedException:
                HttpOrderServiceLog.MalformedAnswer(logger, operation, OrderNumberMask.ForLog(orderNumber), exception.GetType().Name);
                return true;
            case HttpRequestException or IOException:
                HttpOrderServiceLog.Unreachable(logger, exception, operation, OrderNumberMask.ForLog(orderNumber));
                return true;
            default:
                return false;
        }
    }
}
