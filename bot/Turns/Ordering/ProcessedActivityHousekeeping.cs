using SupportBot.Bot.Storage.Housekeeping;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>Forgets processed activity ids after a day: channels redeliver within minutes, not days.</summary>
public sealed class ProcessedActivityHousekeeping(IProcessedActivityStore processed) : IHousekeepingTask
{
    private static readonly TimeSpan RedeliveryWindow = TimeSpan.FromDays(1);

    public string Name => "processed activity ids";

    public Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        processed.ForgetOlderThanAsync(now - RedeliveryWindow, cancellationToken);
}
