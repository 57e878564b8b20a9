namespace SupportBot.Bot.Storage.Tickets;

/// <summary>Escalation tickets: at most one open (not closed) ticket per conversation.</summary>
public interface ITicketRepository
{
    /// <summary>Returns the conversation's open ticket, creating it with this reason and payload if there is none.</summary>
    Task<EscalationTicket> CreateOrGetOpenAsync(string conversationId, string reason, string payloadJson, CancellationToken cancellationToken);

    Task<EscalationTicket?> GetAsync(long number, CancellationToken cancellationToken);

    /// <summary>Newest first; all statuses when <paramref name="status"/> is null.</summary>
    Task<IReadOnlyList<EscalationTicket>> ListAsync(TicketStatus? status, int max, CancellationToken cancellationToken);

    /// <summary>Returns false when no such ticket exists.</summary>
    Task<bool> UpdateStatusAsync(long number, TicketStatus status, CancellationToken cancellationToken);
}
