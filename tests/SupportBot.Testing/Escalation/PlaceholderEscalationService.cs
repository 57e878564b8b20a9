using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Knowledge;

namespace SupportBot.Testing.Escalation;

/// <summary>
/// The dialogs' stand-in for the host's ticket service (bot/Escalation), so dialog tests need no store.
/// Stands in for live hand-over: makes up a placeholder ticket id (PH-…), says why a person will take over and that
/// they will get back to the customer, and says plainly that live hand-over is not available yet.
/// </summary>
public sealed partial class PlaceholderEscalationService : IEscalationService
{
    private readonly IKnowledgeBase _knowledge;
    private readonly ILogger<PlaceholderEscalationService> _logger;

    public PlaceholderEscalationService(IKnowledgeBase knowledge, ILogger<PlaceholderEscalationService>? logger = null)
    {
        _knowledge = knowledge;
        _logger = logger ?? NullLogger<PlaceholderEscalationService>.Instance;
    }

    public async Task<EscalationReceipt> EscalateAsync(ITurnContext turnContext, EscalationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(request);
        var knowledge = _knowledge.Current;
        var ticket = new EscalationReceipt(
            "PH-" + Guid.NewGuid().ToString("N")[..8].ToUpper(CultureInfo.InvariantCulture),
            request.Reason);
        var rule = knowledge.Escalation.For(request.Trigger);
        var text = string.Join(
            "\n\n",
            rule.Message.For(request.Language),
            knowledge.Text(MessageKeys.EscalationTicket, request.Language, ("ticketId", ticket.TicketId)));
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Markdown;
        message.Entities =
        [
            OutcomeEntities.Escalation(ticket.TicketId, ticket.Reason),
            OutcomeEntities.Outcome(Outcome.Escalate, "escalation." + ticket.Reason, knowledge.Version),
        ];
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
        LogEscalated(_logger, ticket.TicketId, ticket.Reason, turnContext.Activity.Conversation?.Id);
        return ticket;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Placeholder escalation {TicketId} for {Reason} in {ConversationId}")]
    private static partial void LogEscalated(ILogger logger, string ticketId, string reason, string? conversationId);
}
