using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Escalation;

/// <summary>
/// Hands the conversation to a person. The implementation tells the customer (one message carrying the
/// supportbot/escalation entity) and returns the ticket; the host's TicketEscalationService (bot/Escalation) stores a
/// durable ticket, sends handoff.initiate and puts it in the agent console's queue.
/// </summary>
public interface IEscalationService
{
    Task<EscalationReceipt> EscalateAsync(ITurnContext turnContext, EscalationRequest request, CancellationToken cancellationToken);
}
