using SupportBot.Bot.DirectLine.Notifications;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Log;
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
        var waits = new[] { NextAppend(first), NextAppend(second) };
        var otherWait = NextAppend(other);

        signal.Appended("a");

        await Task.WhenAll(waits).WaitAsync(Patience.Hang);
        Assert.False(otherWait.IsCompleted);
        Assert.False(NextAppend(first).IsCompleted);
    }

    [Fact]
    public async Task Waking_all_wakes_every_waited_on_conversation_once()
    {
        var signal = new ActivitySignal();
        using var a = signal.Subscribe("a");
        using var b = signal.Subscribe("b");
        var waits = new[] { NextAppend(a), NextAppend(b) };

        signal.AppendedToAll();

        await Task.WhenAll(waits).WaitAsync(Patience.Hang);
        Assert.False(NextAppend(a).IsCompleted);
        Assert.False(NextAppend(b).IsCompleted);
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

    [Fact]
    public void Kept_activities_are_handed_out_only_consecutively_from_the_watermark_and_unknown_appends_are_counted()
    {
        var signal = new ActivitySignal();
        using var subscription = signal.Subscribe("a");
        signal.Appended("a", [new LoggedActivity(2, "{}"), new LoggedActivity(3, "{}")]);
        signal.Appended("a", [new LoggedActivity(5, "{}")]);
        signal.Appended("a", [new LoggedActivity(4, "{}"), new LoggedActivity(3, "{}")]);
        signal.Appended("a");

        var fromZero = subscription.Take(0, 100, int.MaxValue);
        var fromTwo = subscription.Take(2, 100, int.MaxValue);
        var capped = subscription.Take(2, 2, int.MaxValue);

        Assert.Empty(fromZero.Kept);
        Assert.Equal([3L, 4, 5], fromTwo.Kept.Select(a => a.Sequence));
        Assert.Equal([3L, 4], capped.Kept.Select(a => a.Sequence));
        Assert.Equal((5L, 1L), (fromTwo.Highest, fromTwo.Unknown));
        Assert.Empty(subscription.Take(5, 100, int.MaxValue).Kept);
    }

    // The wake-up a stream would wait on now (what Take hands out with the kept activities).
    private static Task NextAppend(ActivitySignal.Subscription subscription) => subscription.Take(0, 1, 1).NextAppend;
}
