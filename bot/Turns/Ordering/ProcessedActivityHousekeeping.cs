using SupportBot.Bot.Storage.Housekeeping;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>
/// Keeps a turn's replies an hour and its id a day: channels redeliver within minutes, not days, and the replies are
/// the larger part (about 3 KB a turn for a channel that takes them in the response body).
/// </summary>
public sealed class ProcessedActivityHousekeeping(IProcessedActivityStore processed) : IHousekeepingTask
{
    private static readonly TimeSpan RepliesKept = TimeSpan.FromHours(1);
    private static readonly TimeSpan RedeliveryWindow = TimeSpan.FromDays(1);

    public string Name => "processed activity ids";

    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var trimmed = await processed.DropRepliesOlderThanAsync(now - RepliesKept, cancellationToken);
        return trimmed + await processed.ForgetOlderThanAsync(now - RedeliveryWindow, cancellationToken);
    }
}
