using SupportBot.Bot.Turns.Ordering;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.Turns.Ordering;

public sealed class ConversationTurnLocksTests
{
    [Fact]
    public async Task Waiters_of_one_conversation_get_the_lock_in_arrival_order()
    {
        var locks = new ConversationTurnLocks();
        var order = new List<int>();
        var holder = await locks.AcquireAsync("c", default);

        var waiters = Enumerable.Range(1, 20).Select(async i =>
        {
            using (await locks.AcquireAsync("c", default))
            {
                lock (order)
                {
                    order.Add(i);
                }

                await Task.Delay(1);
            }
        }).ToList();
        holder.Dispose();
        await Task.WhenAll(waiters).WaitAsync(Patience.Hang);

        Assert.Equal(Enumerable.Range(1, 20), order);
    }

    [Fact]
    public async Task Another_conversation_is_not_held_up()
    {
        var locks = new ConversationTurnLocks();
        using var busy = await locks.AcquireAsync("busy", default);

        var other = locks.AcquireAsync("other", default);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task Idle_conversations_leave_nothing_behind()
    {
        var locks = new ConversationTurnLocks();

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(async i =>
        {
            using (await locks.AcquireAsync($"c{i % 50}", default))
            {
                await Task.Yield();
            }
        }));

        Assert.Equal(0, locks.ActiveConversations);
    }

    [Fact]
    public async Task A_cancelled_waiter_is_skipped_and_the_next_one_gets_the_lock()
    {
        var locks = new ConversationTurnLocks();
        var holder = await locks.AcquireAsync("c", default);
        using var cancel = new CancellationTokenSource();
        var cancelled = locks.AcquireAsync("c", cancel.Token);
        var next = locks.AcquireAsync("c", default);

        await cancel.CancelAsync();
        holder.Dispose();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        (await next.WaitAsync(Patience.Hang)).Dispose();
        Assert.Equal(0, locks.ActiveConversations);
    }
}
