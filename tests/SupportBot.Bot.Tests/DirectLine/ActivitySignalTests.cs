using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.DirectLine;

public sealed class ActivitySignalTests
{
    [Fact]
    public async Task An_append_wakes_every_waiter_of_that_conversation_and_no_other()
    {
        var signal = new ActivitySignal();
        using var first = signal.Subscribe("a");
        using var second = signal.Subscribe("a");
        using var other = signal.Subscribe("b");
        var waits = new[] { first.NextAppend(), second.NextAppend() };
        var otherWait = other.NextAppend();

        signal.Appended("a");

        await Task.WhenAll(waits).WaitAsync(Patience.Hang);
        Assert.False(otherWait.IsCompleted);
        Assert.False(first.NextAppend().IsCompleted);
    }

    [Fact]
    public async Task Waking_all_wakes_every_waited_on_conversation_once()
    {
        var signal = new ActivitySignal();
        using var a = signal.Subscribe("a");
        using var b = signal.Subscribe("b");
        var waits = new[] { a.NextAppend(), b.NextAppend() };

        signal.AppendedToAll();

        await Task.WhenAll(waits).WaitAsync(Patience.Hang);
        Assert.False(a.NextAppend().IsCompleted);
        Assert.False(b.NextAppend().IsCompleted);
    }

    [Fact]
    public void Nothing_is_kept_for_a_conversation_once_its_last_waiter_leaves()
    {
        var signal = new ActivitySignal();
        var first = signal.Subscribe("a");
        var second = signal.Subscribe("a");

        first.Dispose();
        first.Dispose();
        Assert.Equal(1, signal.WaitedOnCount);
        second.Dispose();
        signal.Appended("a");

        Assert.Equal(0, signal.WaitedOnCount);
    }
}
