using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Activities;
using SupportBot.Bot.Escalation.Handoff;
using SupportBot.Bot.Escalation.Live;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Escalation.Webhook;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Turns.Transcripts;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Escalation;

/// <summary>
/// The real escalation: a durable ticket with everything the bot learnt (one open ticket per conversation), the
/// customer told the ticket number and the hours, the handoff.initiate event with the ticket and transcript, the
/// webhook queued, and the conversation marked as "with a person" so that the next messages go to the ticket.
/// </summary>
public sealed partial class TicketEscalationService : IEscalationService
{
    private readonly IEscalationStore _store;
    private readonly ITranscriptRepository _transcripts;
    private readonly HandoffAccessor _accessors;
    private readonly IKnowledgeBase _knowledge;
    private readonly IWebhookOutbox _webhook;
    private readonly TicketSignals _signals;
    private readonly EscalationMetrics _metrics;
    private readonly TimeProvider _clock;
    private readonly ILogger<TicketEscalationService> _logger;
    private readonly BotHostOptions _host;

    public TicketEscalationService(
        IEscalationStore store,
        ITranscriptRepository transcripts,
        HandoffAccessor accessors,
        IKnowledgeBase knowledge,
        IWebhookOutbox webhook,
        TicketSignals signals,
        EscalationMetrics metrics,
        TimeProvider clock,
        IOptions<BotHostOptions> host,
        ILogger<TicketEscalationService> logger)
    {
        ArgumentNullException.ThrowIfNull(host);
        _host = host.Value;
        _store = store;
        _transcripts = transcripts;
        _accessors = accessors;
        _knowledge = knowledge;
        _webhook = webhook;
        _signals = signals;
        _metrics = metrics;
        _clock = clock;
        _logger = logger;
    }

    public async Task<EscalationReceipt> EscalateAsync(ITurnContext turnContext, EscalationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        var activity = turnContext.Activity;
        var conversationId = activity.Conversation.Id;
        var conversation = ConversationKey.Of(activity) ?? throw new InvalidOperationException("An escalation needs the turn's conversation.");
        var logged = await _transcripts.ReadAsync(conversation, cancellationToken);
        // This turn's lines (the message that escalated, replies so far) are written at the turn's end: add them, masked alike.
        var pending = turnContext.TurnState.Get<PendingTranscript>()?.Snapshot() ?? [];
        var now = _clock.GetUtcNow();
        var lines = logged.Select(e => (Json: e.MaskedActivityJson, At: e.RecordedAt))
            .Concat(pending.Select(json => (Json: PiiMaskingJson.MaskJson(json, PiiMasker.Instance), At: now)))
            .Select(line => (Activity: ParseActivity(line.Json), line.At))
            .Where(line => line.Activity is not null)
            .ToList();
        var activities = lines.Select(line => line.Activity!).ToList();

        var payload = new TicketPayload(
            TicketSlots.From(request.Inquiry),
            request.Inquiry.EscalationDetail,
            request.Inquiry.RuleId,
            request.KnowledgeVersion,
            request.Language,
            activity.ChannelId,
            lines.Select(line => ToLine(line.Activity!, line.At, activity.Recipient?.Id)).OfType<TranscriptLine>().ToList());
        var reference = JsonConvert.SerializeObject(activity.GetConversationReference());
        var (ticket, created) = await _store.OpenAsync(conversation, request.Reason, payload, reference, cancellationToken);

        await _accessors.Handoff.SetAsync(turnContext, new HandoffState(ticket.Number), cancellationToken);
        // A survey of an earlier hand-over still open is over: this conversation is with the desk again.
        await _accessors.Satisfaction.DeleteAsync(turnContext, cancellationToken);
        var ahead = await _store.CountQueuedAheadAsync(ticket.Number, cancellationToken);
        await turnContext.SendActivityAsync(CustomerMessage(ticket, request, created, ahead), cancellationToken);
        if (created)
        {
            _metrics.Escalated(ticket.Reason);
            _webhook.Enqueue(ticket.Number);
            _signals.Publish(ticket.Number);
            // handoff.initiate is for an agent hub on the channel; on a customer's own channel (Direct Line, Web Chat)
            // the ticket's fields and transcript would only reach the customer's browser.
            if (_host.IsHubChannel(activity.ChannelId))
            {
                var handoff = EventFactory.CreateHandoffInitiation(turnContext, HandoffContext(ticket), new Transcript(activities));
                await turnContext.SendActivityAsync(handoff, cancellationToken);
            }
            LogEscalated(_logger, ticket.TicketId, ticket.Reason, conversationId);
        }

        return new EscalationReceipt(ticket.TicketId, ticket.Reason);
    }

    /// <summary>The context an agent hub receives with handoff.initiate: the ticket without the transcript (attached separately).</summary>
    public static JObject HandoffContext(TicketView ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return JObject.FromObject(new
        {
            ticketId = ticket.TicketId,
            reason = ticket.Reason,
            detail = ticket.Payload.Detail,
            slots = ticket.Payload.Slots,
            ruleId = ticket.Payload.RuleId,
            knowledgeVersion = ticket.Payload.KnowledgeVersion,
            language = ticket.Payload.Language,
            createdAt = ticket.CreatedAt,
        });
    }

    private Activity CustomerMessage(TicketView ticket, EscalationRequest request, bool created, long ahead)
    {
        var knowledge = _knowledge.Current;
        var language = request.Language;
        // The desk's hours only as store.yaml sets them; "0 ahead" is said as "you are next".
        var desk = DeskAnswer.For(knowledge, _clock.GetUtcNow(), language)?.Text;
        var queue = ahead == 0
            ? knowledge.Text(MessageKeys.EscalationQueueNext, language)
            : knowledge.Text(MessageKeys.EscalationQueuePosition, language, ("ahead", ahead.ToString(CultureInfo.InvariantCulture)));
        var parts = created
            ? new[]
            {
                knowledge.Escalation.For(request.Trigger).Message.For(language),
                knowledge.Text(MessageKeys.EscalationTicket, language, ("ticketId", ticket.TicketId)),
                queue,
                desk,
                knowledge.Text(MessageKeys.EscalationWhileWaiting, language),
            }
            : new[]
            {
                knowledge.Text(MessageKeys.EscalationAlreadyOpen, language, ("ticketId", ticket.TicketId)),
                desk,
            };
        var message = MessageFactory.Text(string.Join("\n\n", parts.OfType<string>()));
        message.TextFormat = TextFormatTypes.Markdown;
        message.SuggestedActions = WithdrawButton.Actions(knowledge, language);
        message.Entities =
        [
            OutcomeEntities.Escalation(ticket.TicketId, ticket.Reason),
            OutcomeEntities.Outcome(Outcome.Escalate, "escalation." + ticket.Reason, knowledge.Version),
        ];
        return message;
    }

    private static Activity? ParseActivity(string maskedJson)
    {
        try
        {
            return JsonConvert.DeserializeObject<Activity>(maskedJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TranscriptLine? ToLine(Activity activity, DateTimeOffset recordedAt, string? botId)
    {
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Text))
        {
            return null;
        }

        var fromBot = activity.From?.Role == RoleTypes.Bot || (botId is not null && activity.From?.Id == botId);
        return new TranscriptLine(activity.Timestamp ?? recordedAt, fromBot ? "bot" : TicketSenders.Customer, activity.Text);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Escalated {TicketId} for {Reason} in conversation {ConversationId}")]
    private static partial void LogEscalated(ILogger logger, string ticketId, string reason, string conversationId);
}
