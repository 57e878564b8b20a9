using System.Collections.Concurrent;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// Wakes the streams of a conversation when this process appends to its log. Each wait gets the current
/// generation's task; an append completes it and starts the next generation.
/// </summary>
public sealed class ActivitySignal
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next append to <paramref name="conversationId"/>.</summary>
    public Task NextAppend(string conversationId) =>
        _waiters.GetOrAdd(conversationId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Appended(string conversationId)
    {
        if (_waiters.TryRemove(conversationId, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}
