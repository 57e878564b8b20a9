using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Escalation.Live;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Dialogs.Answering;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>
/// The customer's side while a person has the conversation: messages are stored on the ticket and pushed to the
/// agent instead of being answered by the bot; the customer can withdraw; the store decides when it is over, so a
/// ticket resolved on another instance hands the conversation back here too.
/// </summary>
public sealed partial class CustomerRelay
{
    private readonly HandoffAccessor _accessors;
    private readonly IEscalationStore _store;
    private readonly IKnowledgeBase _knowledge;
    private readonly TicketSignals _signals;
    private readonly EscalationMetrics _metrics;
    private readonly SatisfactionSurvey _survey;
    private readonly ILogger<CustomerRelay> _logger;

    public CustomerRelay(
        HandoffAccessor accessors,
        IEscalationStore store,
        IKnowledgeBase knowledge,
        TicketSignals signals,
        EscalationMetrics metrics,
        SatisfactionSurvey survey,
        ILogger<CustomerRelay> logger)
    {
        _accessors = accessors;
        _store = store;
        _knowledge = knowledge;
        _signals = signals;
        _metrics = metrics;
        _survey = survey;
        _logger = logger;
    }

    /// <summary>True when the message belonged to an open ticket or answered its survey (the bot must not answer it).</summary>
    public async Task<bool> TryRelayAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await _survey.TryAnswerAsync(turnContext, cancellationToken))
        {
            return true;
        }

        var ticket = await OpenTicketAsync(turnContext, cancellationToken);
        if (ticket is null)
        {
            return false;
        }

        var knowledge = _knowledge.Current;
        var language = ticket.Payload.Language;
        var text = turnContext.Activity.Text ?? string.Empty;
        if (WithdrawButton.IsWithdrawal(text, knowledge, waiting: ticket.State == TicketState.Queued))
        {
            await WithdrawAsync(turnContext, ticket, cancellationToken);
            return true;
        }

        if (text.Length > 0)
        {
            // from.name is whatever the customer's client sends ("店長", "Support"): agents see "customer", never it.
            await _store.AppendMessageAsync(ticket.Number, TicketSenders.Customer, null, text, cancellationToken);
            _signals.Publish(ticket.Number);
        }

        if (ticket.State == TicketState.Queued)
        {
            // No person has joined yet: a question the knowledge clearly answers is answered now; it is on the ticket too.
            if (QuestionAnswerer.WhileWaiting(text, knowledge, language) is { } answer)
            {
                await turnContext.SendActivityAsync(answer, cancellationToken);
            }

            var reply = MessageFactory.Text(knowledge.Text(MessageKeys.EscalationMessageQueued, language, ("ticketId", ticket.TicketId)));
            reply.SuggestedActions = WithdrawButton.Actions(knowledge, language);
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }

        return true;
    }

    /// <summary>handoff.status from an agent hub: accepted, failed or completed (value {state, message}).</summary>
    public async Task OnHandoffStatusAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var ticket = await OpenTicketAsync(turnContext, cancellationToken);
        var status = HandoffStatus.Read(turnContext.Activity.Value);
        if (ticket is null || status is null)
        {
            LogIgnoredStatus(_logger, status?.State, turnContext.Activity.Conversation?.Id);
            return;
        }

        var knowledge = _knowledge.Current;
        var language = ticket.Payload.Language;
        await _store.AppendMessageAsync(ticket.Number, TicketSenders.System, "handoff.status", $"{status.State}: {status.Message}".TrimEnd(' ', ':'), cancellationToken);
        switch (status.State)
        {
            case HandoffStatus.Accepted:
                if (await _store.TryAssignAsync(ticket.Number, HandoffStatus.HubAgent, cancellationToken))
                {
                    _metrics.Entered("assigned", null);
                    await turnContext.SendActivityAsync(MessageFactory.Text(knowledge.Text(MessageKeys.EscalationAgentJoined, language)), cancellationToken);
                }

                break;
            case HandoffStatus.Failed:
                await turnContext.SendActivityAsync(MessageFactory.Text(knowledge.Text(MessageKeys.EscalationHandoffFailed, language, ("ticketId", ticket.TicketId))), cancellationToken);
                break;
            case HandoffStatus.Completed:
                if (await _store.ResolveAsync(ticket.Number, TicketResolution.HandoffCompleted, cancellationToken))
                {
                    _metrics.Entered("resolved", TicketResolution.HandoffCompleted);
                }

                await _accessors.Handoff.DeleteAsync(turnContext, cancellationToken);
                await turnContext.SendActivityAsync(MessageFactory.Text(knowledge.Text(MessageKeys.EscalationHandedBack, language)), cancellationToken);
                break;
        }

        _signals.Publish(ticket.Number);
    }

    private async Task WithdrawAsync(ITurnContext turnContext, TicketView ticket, CancellationToken cancellationToken)
    {
        if (await _store.ResolveAsync(ticket.Number, TicketResolution.Withdrawn, cancellationToken))
        {
            _metrics.Entered("resolved", TicketResolution.Withdrawn);
            await _store.AppendMessageAsync(ticket.Number, TicketSenders.System, null, TicketResolution.Withdrawn, cancellationToken);
        }

        await _accessors.Handoff.DeleteAsync(turnContext, cancellationToken);
        _signals.Publish(ticket.Number);
        var text = _knowledge.Current.Text(MessageKeys.EscalationWithdrawn, ticket.Payload.Language, ("ticketId", ticket.TicketId));
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
        LogWithdrawn(_logger, ticket.TicketId);
    }

    /// <summary>The conversation's ticket while it is open; clears the marker once the store says it is over.</summary>
    private async Task<TicketView?> OpenTicketAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await _accessors.Handoff.GetAsync(turnContext, () => null, cancellationToken);
        if (state is null)
        {
            return null;
        }

        var ticket = await _store.GetAsync(state.TicketNumber, cancellationToken);
        if (ticket is { IsOpen: true } && ticket.ConversationId == turnContext.Activity.Conversation?.Id)
        {
            return ticket;
        }

        await _accessors.Handoff.DeleteAsync(turnContext, cancellationToken);
        return null;
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Customer withdrew {TicketId}")]
    private static partial void LogWithdrawn(ILogger logger, string ticketId);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Ignored handoff.status {State} in conversation {ConversationId} (no open ticket or unreadable value)")]
    private static partial void LogIgnoredStatus(ILogger logger, string? state, string? conversationId);
}
