using SupportBot.Bot.Activities;
using SupportBot.Bot.Escalation.Metrics;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>Tickets as the hand-over works with them, over the storage area's escalation_tickets table.</summary>
public interface IEscalationStore
{
    /// <summary>The conversation's open ticket, created with this reason, payload and reference if there is none.</summary>
    Task<OpenedTicket> OpenAsync(ConversationKey conversation, string reason, TicketPayload payload, string referenceJson, CancellationToken cancellationToken);

    Task<TicketView?> GetAsync(long number, CancellationToken cancellationToken);

    /// <summary>The stored Bot Framework ConversationReference (JSON) for proactive messages.</summary>
    Task<string?> GetReferenceAsync(long number, CancellationToken cancellationToken);

    /// <summary>Open tickets oldest first (the order customers are answered in), then resolved ones newest first; <paramref name="reason"/> and <paramref name="state"/> filter when given.</summary>
    Task<IReadOnlyList<TicketView>> ListAsync(string? reason, TicketState? state, int max, CancellationToken cancellationToken);

    /// <summary>How many tickets still wait in the queue ahead of this one.</summary>
    Task<long> CountQueuedAheadAsync(long number, CancellationToken cancellationToken);

    /// <summary>Assigns a queued ticket; true for the agent who got it (also when it is already theirs).</summary>
    Task<bool> TryAssignAsync(long number, string agent, CancellationToken cancellationToken);

    /// <summary>Resolves an open ticket; false when it was already resolved or does not exist.</summary>
    /// <summary>Hands an assigned ticket from <paramref name="fromAgent"/> to <paramref name="toAgent"/>; false when <paramref name="fromAgent"/> does not have it.</summary>
    Task<bool> TransferAsync(long number, string fromAgent, string toAgent, CancellationToken cancellationToken);

    Task<bool> ResolveAsync(long number, string resolution, CancellationToken cancellationToken);

    Task SetWebhookStatusAsync(long number, string status, CancellationToken cancellationToken);

    /// <summary>Tickets created since then whose webhook was never delivered nor given up (e.g. the process stopped).</summary>
    Task<IReadOnlyList<long>> ListWebhookPendingAsync(DateTimeOffset since, CancellationToken cancellationToken);

    Task<TicketMessage> AppendMessageAsync(long number, string sender, string? senderName, string text, CancellationToken cancellationToken);

    /// <summary>Each listed ticket's latest message from the customer, for tickets that have one.</summary>
    Task<IReadOnlyDictionary<long, TicketMessage>> LastCustomerMessagesAsync(IReadOnlyList<long> numbers, CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketMessage>> ReadMessagesAsync(long number, long afterSequence, CancellationToken cancellationToken);

    /// <summary>The desk timeline of each ticket opened in the period (from its take-over, resolution and survey notes).</summary>
    Task<IReadOnlyList<DeskTicket>> DeskTicketsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    Task<EscalationFigures> FiguresAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Deletes tickets resolved before <paramref name="cutoff"/> with their messages; returns the tickets deleted.</summary>
    Task<int> DeleteResolvedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
