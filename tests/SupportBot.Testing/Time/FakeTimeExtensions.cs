using Microsoft.Extensions.Time.Testing;

namespace SupportBot.Testing.Time;

/// <summary>Moves a <see cref="FakeTimeProvider"/> until a task that waits on it is done.</summary>
public static class FakeTimeExtensions
{
    /// <summary>
    /// Advances the clock by <paramref name="step"/> until <paramref name="task"/> completes, and returns how far the
    /// clock moved. Real time only bounds the loop (<see cref="Patience.Hang"/>): the answer depends on the fake clock.
    /// </summary>
    public static async Task<TimeSpan> AdvanceUntilDoneAsync(this FakeTimeProvider time, Task task, TimeSpan step)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(task);
        var started = time.GetUtcNow();
        using var hang = new CancellationTokenSource(Patience.Hang);
        while (!task.IsCompleted)
        {
            hang.Token.ThrowIfCancellationRequested();
            time.Advance(step);
            // Lets the continuations the advance released run before the next step.
            await Task.WhenAny(task, Task.Delay(5, CancellationToken.None)).ConfigureAwait(false);
        }

        await task.ConfigureAwait(false);
        return time.GetUtcNow() - started;
    }
}
