using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage.Housekeeping;

namespace SupportBot.Bot.DirectLine.Log;

/// <summary>
/// Deletes Direct Line conversations idle for DirectLine:LogRetentionDays. The log keeps what the customer wrote
/// unmasked because it is the customer's own history, replayed to their page on a reload; nobody else reads it.
/// </summary>
public sealed class DirectLineLogHousekeeping(IDirectLineActivityLog log, IOptions<DirectLineOptions> options) : IHousekeepingTask
{
    public string Name => "Direct Line activity log";

    public Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        log.DeleteConversationsIdleSinceAsync(now.AddDays(-options.Value.LogRetentionDays), cancellationToken);
}
