using Microsoft.Extensions.Time.Testing;

namespace SupportBot.Bot.Tests.DirectLine.TestSupport;

/// <summary>A fake clock that also tells when someone starts waiting on it, so a test knows a waiter is parked.</summary>
public sealed class TimerWatchingClock : FakeTimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<(TimeSpan Due, TaskCompletionSource Created)> _watches = [];

    public TimerWatchingClock()
        : base(DateTimeOffset.UtcNow)
    {
    }

    /// <summary>Completes when the next timer due in <paramref name="due"/> is created (call before what creates it).</summary>
    public Task NextTimer(TimeSpan due)
    {
        var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _watches.Add((due, created));
        }

        return created.Task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        List<TaskCompletionSource> matched;
        lock (_lock)
        {
            matched = _watches.Where(w => w.Due == dueTime).Select(w => w.Created).ToList();
            _watches.RemoveAll(w => w.Due == dueTime);
        }

        matched.ForEach(m => m.TrySetResult());
        return timer;
    }
}
