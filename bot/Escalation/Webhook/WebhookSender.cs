using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Polly.Timeout;
using SupportBot.Bot.Escalation.Tickets;

namespace SupportBot.Bot.Escalation.Webhook;

/// <summary>
/// POSTs each new ticket as JSON, signed at each attempt, through <see cref="WebhookResilience"/> (time-out per attempt,
/// retries with exponential back-off); the outcome is written on the ticket. The ticket is already durable before it is queued, so a webhook that is down loses nothing.
/// </summary>
public sealed partial class WebhookSender : BackgroundService
{
    public const string HttpClientName = "SupportBot.Escalation.Webhook";

    private readonly WebhookOutbox _outbox;
    private readonly IEscalationStore _store;
    private readonly IHttpClientFactory _httpClients;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<WebhookSender> _logger;

    public WebhookSender(
        WebhookOutbox outbox,
        IEscalationStore store,
        IHttpClientFactory httpClients,
        IOptions<WebhookOptions> options,
        TimeProvider clock,
        ILogger<WebhookSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _outbox = outbox;
        _store = store;
        _httpClients = httpClients;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        // At least once: tickets of the last day that a stopped process never delivered go out again (receivers dedupe by ticketId).
        foreach (var pending in await _store.ListWebhookPendingAsync(_clock.GetUtcNow().AddDays(-1), stoppingToken))
        {
            _outbox.Enqueue(pending);
        }

        await foreach (var number in _outbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await DeliverAsync(number, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One ticket's trouble (e.g. the store briefly unavailable) must not stop the queue.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogFailed(_logger, exception, number);
            }
        }
    }

    private async Task DeliverAsync(long number, CancellationToken cancellationToken)
    {
        var ticket = await _store.GetAsync(number, cancellationToken);
        if (ticket is null)
        {
            return;
        }

        var body = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(new { type = "supportbot.escalation.created", ticket }));
        var signature = WebhookSignature.Compute(_options.Secret!, body);
        var attempts = 0;
        var pipeline = WebhookResilience.Create(_options, _clock, async (attempt, failed) =>
        {
            await _store.SetWebhookStatusAsync(number, $"retrying: {failed} (attempt {attempt})", cancellationToken);
            LogRetry(_logger, ticket.TicketId, attempt, failed);
        });
        string outcome;
        try
        {
            outcome = await pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await PostAsync(body, signature, token);
                },
                cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            outcome = WebhookResilience.TimedOut;
        }

        if (WebhookResilience.IsDelivered(outcome))
        {
            await _store.SetWebhookStatusAsync(number, $"{outcome} (attempt {attempts})", cancellationToken);
            LogDelivered(_logger, ticket.TicketId, attempts);
            return;
        }

        await _store.SetWebhookStatusAsync(number, $"failed: {outcome} after {attempts} attempts", cancellationToken);
        LogGaveUp(_logger, ticket.TicketId, attempts);
    }

    private async Task<string> PostAsync(byte[] body, string signature, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Url) { Content = content };
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature);
        // Signed at each attempt, so a retry is not refused by a receiver that checks the time.
        request.Headers.TryAddWithoutValidation(WebhookSignature.TimedHeaderName, WebhookSignature.ComputeTimed(_options.Secret!, _clock.GetUtcNow(), body));
        try
        {
            using var response = await _httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? $"delivered {(int)response.StatusCode}" : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException exception)
        {
            return "unreachable: " + (exception.HttpRequestError.ToString());
        }
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Webhook delivered {TicketId} on attempt {Attempt}")]
    private static partial void LogDelivered(ILogger logger, string ticketId, int attempt);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Webhook for {TicketId} failed on attempt {Attempt}: {Outcome}")]
    private static partial void LogRetry(ILogger logger, string ticketId, int attempt, string outcome);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Webhook gave up on {TicketId} after {Attempts} attempts; the ticket is kept")]
    private static partial void LogGaveUp(ILogger logger, string ticketId, int attempts);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Error, Message = "Webhook could not process ticket {TicketNumber}")]
    private static partial void LogFailed(ILogger logger, Exception exception, long ticketNumber);
}
