using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Escalation.Handoff;
using SupportBot.Bot.Escalation.Live;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Escalation.Lapse;

/// <summary>
/// Keeps the queue honest: a queued customer silent for <see cref="QueueLapseOptions.AskAfterMinutes"/> is asked
/// whether they still need help (a system note on the ticket remembers the question); no answer within
/// <see cref="QueueLapseOptions.LapseAfterMinutes"/> and the ticket lapses, so later customers are not told about
/// requests nobody is waiting for. Out of the desk's hours nothing is asked: the ticket waits for the desk, and a
/// customer who queued overnight is asked once it opens.
/// </summary>
public sealed partial class QueuedTicketLapse : BackgroundService
{
    private readonly IEscalationStore _store;
    private readonly ProactiveMessenger _messenger;
    private readonly IKnowledgeBase _knowledge;
    private readonly TicketSignals _signals;
    private readonly EscalationMetrics _metrics;
    private readonly QueueLapseOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<QueuedTicketLapse> _logger;

    public QueuedTicketLapse(
        IEscalationStore store,
        ProactiveMessenger messenger,
        IKnowledgeBase knowledge,
        TicketSignals signals,
        EscalationMetrics metrics,
        IOptions<QueueLapseOptions> options,
        TimeProvider clock,
        ILogger<QueuedTicketLapse> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _messenger = messenger;
        _knowledge = knowledge;
        _signals = signals;
        _metrics = metrics;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>One pass over the queue at <paramref name="now"/>: returns how many customers were asked and how many tickets lapsed.</summary>
    public async Task<(int Asked, int Lapsed)> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var knowledge = _knowledge.Current;
        if (_options.AskAfterMinutes == 0 || (knowledge.Store.Desk is { } desk && !desk.IsOpen(now)))
        {
            return (0, 0);
        }

        var asked = 0;
        var lapsed = 0;
        foreach (var ticket in await _store.ListAsync(null, TicketState.Queued, 500, cancellationToken))
        {
            var messages = await _store.ReadMessagesAsync(ticket.Number, 0, cancellationToken);
            var lastWords = messages.LastOrDefault(m => m.Sender == TicketSenders.Customer);
            var lastCustomer = lastWords?.At ?? ticket.CreatedAt;
            var question = messages.LastOrDefault(m => m.Sender == TicketSenders.System && m.SenderName == TicketNotes.Lapse && m.Text == TicketNotes.StillWaitingAsked);
            try
            {
                // Ordered by sequence, not time: an answer in the same second as the question still answers it.
                if (question is not null && (lastWords is null || question.Sequence > lastWords.Sequence))
                {
                    if (now - question.At >= TimeSpan.FromMinutes(_options.LapseAfterMinutes) && await LapseAsync(ticket, cancellationToken))
                    {
                        lapsed++;
                    }
                }
                else if (now - lastCustomer >= TimeSpan.FromMinutes(_options.AskAfterMinutes))
                {
                    await AskAsync(ticket, cancellationToken);
                    asked++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One unreachable customer (a channel gone) must not stop the pass for the others.
                LogFailed(_logger, ex, ticket.TicketId);
            }
        }

        return (asked, lapsed);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.CheckEverySeconds), _clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(_clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(_logger, ex, null);
            }
        }
    }

    private async Task AskAsync(TicketView ticket, CancellationToken cancellationToken)
    {
        var knowledge = _knowledge.Current;
        var language = ticket.Payload.Language;
        var message = MessageFactory.Text(knowledge.Text(
            MessageKeys.EscalationStillWaiting,
            language,
            ("ticketId", ticket.TicketId),
            ("minutes", _options.LapseAfterMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var yes = knowledge.Text(MessageKeys.EscalationStillWaitingButton, language);
        var withdraw = knowledge.Text(MessageKeys.EscalationWithdrawButton, language);
        message.SuggestedActions = new SuggestedActions
        {
            Actions = [new CardAction(ActionTypes.ImBack, yes, value: yes), new CardAction(ActionTypes.ImBack, withdraw, value: withdraw)],
        };
        await _store.AppendMessageAsync(ticket.Number, TicketSenders.System, TicketNotes.Lapse, TicketNotes.StillWaitingAsked, cancellationToken);
        await _messenger.ContinueAsync(ticket.Number, (turn, ct) => turn.SendActivityAsync(message, ct), cancellationToken);
        LogAsked(_logger, ticket.TicketId);
    }

    private async Task<bool> LapseAsync(TicketView ticket, CancellationToken cancellationToken)
    {
        if (!await _store.ResolveAsync(ticket.Number, TicketResolution.Lapsed, cancellationToken))
        {
            return false;   // taken over or withdrawn meanwhile
        }

        _metrics.Entered("resolved", TicketResolution.Lapsed);
        await _store.AppendMessageAsync(ticket.Number, TicketSenders.System, TicketNotes.Lapse, TicketResolution.Lapsed, cancellationToken);
        var text = _knowledge.Current.Text(MessageKeys.EscalationLapsed, ticket.Payload.Language, ("ticketId", ticket.TicketId));
        await _messenger.HandBackAsync(ticket.Number, text, after: null, cancellationToken);
        _signals.Publish(ticket.Number);
        LogLapsed(_logger, ticket.TicketId);
        return true;
    }

    [LoggerMessage(EventId = 7601, Level = LogLevel.Information, Message = "Asked the customer of {TicketId} whether they still need a person")]
    private static partial void LogAsked(ILogger logger, string ticketId);

    [LoggerMessage(EventId = 7602, Level = LogLevel.Information, Message = "Ticket {TicketId} lapsed: the customer did not answer whether they still need a person")]
    private static partial void LogLapsed(ILogger logger, string ticketId);

    [LoggerMessage(EventId = 7603, Level = LogLevel.Warning, Message = "Queue lapse check failed for {TicketId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? ticketId);
}
