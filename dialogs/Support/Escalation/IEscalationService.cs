using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Escalation;

/// <summary>
/// Hands the conversation to a person. The implementation tells the customer (one message carrying the
/// supportbot/escalation entity) and returns the ticket. Until live hand-over exists the placeholder says a person
/// will get back to them; the escalation issue replaces it with durable tickets, handoff.initiate and the agent queue.
/// </summary>
public interface IEscalationService
{
    Task<EscalationTicket> EscalateAsync(ITurnContext turnContext, EscalationRequest request, CancellationToken cancellationToken);
}
