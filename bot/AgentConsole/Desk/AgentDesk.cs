using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Escalation.Handoff;
using SupportBot.Bot.Escalation.Live;
using SupportBot.Knowledge;

namespace SupportBot.Bot.AgentConsole.Desk;

/// <summary>
/// What an agent does with a ticket: take it over (the customer is told a person is answering), write to the customer
/// (a proactive message), resolve and hand back (the bot resumes with its closing message). Each step is stored
/// first, then told to the customer, then signalled to live consoles.
/// </summary>
public sealed partial class AgentDesk
{
    private readonly IEscalationStore _store;
    private readonly ProactiveMessenger _messenger;
    private readonly IKnowledgeBase _knowledge;
    private readonly TicketSignals _signals;
    private readonly EscalationMetrics _metrics;
    private readonly SatisfactionSurvey _survey;
    private readonly ILogger<AgentDesk> _logger;

    public AgentDesk(
        IEscalationStore store,
        ProactiveMessenger messenger,
        IKnowledgeBase knowledge,
        TicketSignals signals,
        EscalationMetrics metrics,
        SatisfactionSurvey survey,
        ILogger<AgentDesk> logger)
    {
        _store = store;
        _messenger = messenger;
        _knowledge = knowledge;
        _signals = signals;
        _metrics = metrics;
        _survey = survey;
        _logger = logger;
    }

    public async Task<DeskResult> TakeOverAsync(long number, string agent, CancellationToken cancellationToken)
    {
        var ticket = await _store.GetAsync(number, cancellationToken);
        if (ticket is null)
        {
            return DeskResult.NotFound;
        }

        if (ticket.State == TicketState.Assigned && ticket.AssignedTo == agent)
        {
            return DeskResult.Done;
        }

        if (!await _store.TryAssignAsync(number, agent, cancellationToken))
        {
            return DeskResult.Conflict;
        }

        _metrics.Entered("assigned", null);
        await _store.AppendMessageAsync(number, TicketSenders.System, agent, TicketNotes.Assigned, cancellationToken);
        var text = _knowledge.Current.Text(MessageKeys.EscalationAgentJoined, ticket.Payload.Language);
        await _messenger.ContinueAsync(number, (turn, ct) => turn.SendActivityAsync(MessageFactory.Text(text), ct), cancellationToken);
        _signals.Publish(number);
        LogTakenOver(_logger, ticket.TicketId, agent);
        return DeskResult.Done;
    }

    /// <summary>Sends as <paramref name="agent"/> (who must have the ticket), shown to the customer as <paramref name="displayName"/>.</summary>
    public async Task<DeskResult> SendAsync(long number, string agent, string displayName, string text, CancellationToken cancellationToken)
    {
        var ticket = await _store.GetAsync(number, cancellationToken);
        if (ticket is null)
        {
            return DeskResult.NotFound;
        }

        if (ticket.State != TicketState.Assigned || ticket.AssignedTo != agent)
        {
            return DeskResult.Conflict;
        }

        await _store.AppendMessageAsync(number, TicketSenders.Agent, agent, text, cancellationToken);
        await _messenger.ContinueAsync(
            number,
            async (turn, ct) =>
            {
                // After the conversation reference is applied (it sets the bot as sender): name the person who writes.
                turn.OnSendActivities(async (_, activities, next) =>
                {
                    activities.ForEach(a => a.From = new ChannelAccount(a.From?.Id, displayName, RoleTypes.Bot));
                    return await next();
                });
                await turn.SendActivityAsync(AgentMessage(displayName, text), ct);
            },
            cancellationToken);
        _signals.Publish(number);
        return DeskResult.Done;
    }

    /// <summary>An internal note on the ticket from any agent: agents see it, the customer never does.</summary>
    public async Task<DeskResult> AddNoteAsync(long number, string agent, string text, CancellationToken cancellationToken)
    {
        if (await _store.GetAsync(number, cancellationToken) is null)
        {
            return DeskResult.NotFound;
        }

        await _store.AppendMessageAsync(number, TicketSenders.Note, agent, text, cancellationToken);
        _signals.Publish(number);
        return DeskResult.Done;
    }

    /// <summary>Hands the conversation to another agent (who must exist: the caller checks); only the agent who has it may.</summary>
    public async Task<DeskResult> TransferAsync(long number, string agent, string to, CancellationToken cancellationToken)
    {
        if (await _store.GetAsync(number, cancellationToken) is null)
        {
            return DeskResult.NotFound;
        }

        if (agent == to || !await _store.TransferAsync(number, agent, to, cancellationToken))
        {
            return DeskResult.Conflict;
        }

        await _store.AppendMessageAsync(number, TicketSenders.System, agent + " → " + to, TicketNotes.Transferred, cancellationToken);
        _signals.Publish(number);
        return DeskResult.Done;
    }

    /// <summary>Resolves and hands back; <paramref name="disposition"/> (how it ended, checked by the caller) is noted on the ticket.</summary>
    public async Task<DeskResult> ResolveAsync(long number, string agent, string? disposition, CancellationToken cancellationToken)
    {
        var ticket = await _store.GetAsync(number, cancellationToken);
        if (ticket is null)
        {
            return DeskResult.NotFound;
        }

        // Only the agent who has the customer closes the conversation; another takes it over first.
        if (ticket.State != TicketState.Assigned || ticket.AssignedTo != agent
            || !await _store.ResolveAsync(number, TicketResolution.Resolved, cancellationToken))
        {
            return DeskResult.Conflict;
        }

        _metrics.Entered("resolved", TicketResolution.Resolved);
        await _store.AppendMessageAsync(number, TicketSenders.System, agent, TicketResolution.Resolved, cancellationToken);
        if (disposition is not null)
        {
            await _store.AppendMessageAsync(number, TicketSenders.System, TicketNotes.Disposition, disposition, cancellationToken);
        }
        var text = _knowledge.Current.Text(MessageKeys.EscalationHandedBack, ticket.Payload.Language);
        // Hand back: the bot answers the next message with its normal dialogs, after asking how it went.
        await _messenger.HandBackAsync(number, text, (turn, ct) => _survey.AskAsync(turn, ticket, ct), cancellationToken);
        _signals.Publish(number);
        LogResolved(_logger, ticket.TicketId, agent);
        return DeskResult.Done;
    }

    /// <summary>The agent's words as plain text, marked with the supportbot/agent entity for transcripts and analytics.</summary>
    private static Activity AgentMessage(string agent, string text)
    {
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Plain;
        var entity = new Entity("supportbot/agent");
        entity.Properties["agent"] = agent;
        message.Entities = [entity];
        return message;
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information, Message = "Agent {Agent} took over {TicketId}")]
    private static partial void LogTakenOver(ILogger logger, string ticketId, string agent);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Information, Message = "Agent {Agent} resolved {TicketId} and handed back")]
    private static partial void LogResolved(ILogger logger, string ticketId, string agent);
}
