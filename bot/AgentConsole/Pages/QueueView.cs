using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Knowledge;

namespace SupportBot.Bot.AgentConsole.Pages;

/// <summary>What the queue page shows: the tickets in answering order, each open one's last customer message, the filter.</summary>
public sealed record QueueView(
    IReadOnlyList<TicketView> Tickets,
    IReadOnlyDictionary<long, TicketMessage> LastCustomerMessages,
    string? Reason,
    TicketState? State,
    KnowledgeSnapshot Knowledge,
    ConsoleTime Time)
{
    private const int PreviewLength = 80;

    /// <summary>The customer's last words: a live-chat message, else the last thing they said to the bot.</summary>
    public string? Preview(TicketView ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var text = LastCustomerMessages.TryGetValue(ticket.Number, out var message)
            ? message.Text
            : ticket.Payload.Transcript.LastOrDefault(line => line.From == TicketSenders.Customer)?.Text;
        return text is null || text.Length <= PreviewLength ? text : text[..PreviewLength] + "…";
    }
}
