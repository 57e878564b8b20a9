using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage.Housekeeping;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>Deletes resolved tickets (their payload holds the real order number and phone) and their live chat after Escalation:ResolvedTicketRetentionDays.</summary>
public sealed class ResolvedTicketHousekeeping(IEscalationStore store, IOptions<TicketRetentionOptions> options) : IHousekeepingTask
{
    public string Name => "resolved tickets";

    public Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        store.DeleteResolvedBeforeAsync(now.AddDays(-options.Value.ResolvedTicketRetentionDays), cancellationToken);
}
