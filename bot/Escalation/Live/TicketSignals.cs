using System.Collections.Concurrent;

namespace SupportBot.Bot.Escalation.Live;

/// <summary>
/// Wakes the agent console's live streams in this process the moment a ticket changes. Other instances are covered
/// by the streams also re-reading the store every second, so a signal is a shortcut, never the only path.
/// </summary>
public sealed class TicketSignals
{
    /// <summary>The key for "the queue changed" (a ticket was created or changed state).</summary>
    public const long Queue = 0;

    private readonly ConcurrentDictionary<long, TaskCompletionSource> _waiters = new();

    public void Publish(long ticketNumber)
    {
        Release(ticketNumber);
        Release(Queue);
    }

    /// <summary>Completes when <paramref name="ticketNumber"/> changes or the time is up, whichever comes first.</summary>
    public async Task WaitAsync(long ticketNumber, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waiter = _waiters.GetOrAdd(ticketNumber, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            await waiter.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Time to look at the store anyway.
        }
    }

    private void Release(long key)
    {
        if (_waiters.TryRemove(key, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}
