using Microsoft.Extensions.Time.Testing;
using SupportBot.Dialogs.Orders;
using SupportBot.Testing.Time;

namespace SupportBot.Dialogs.Tests.Orders;

public sealed class OrderSystemGuardTests
{
    public static TheoryData<string> Failures => ["throws", "null"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task An_order_system_that_fails_reads_as_unavailable_without_waiting_for_the_time_out(string misbehaviour)
    {
        // The guard's clock never moves here, so an answer proves the guard did not wait for its time-out.
        var guard = new OrderSystemGuard(new MisbehavingOrderService(misbehaviour), TimeSpan.FromSeconds(2), time: new FakeTimeProvider());

        var lookup = await guard.FindAsync("250-1234567-1234567", CancellationToken.None).WaitAsync(Patience.Hang);
        var attempt = await guard.RequestCancellationAsync("250-1234567-1234567", "test", CancellationToken.None).WaitAsync(Patience.Hang);

        Assert.Equal(OrderLookupStatus.Unavailable, lookup.Status);
        Assert.Equal(CancellationStatus.Unavailable, attempt.Status);
    }

    [Fact]
    public async Task A_slow_system_is_waited_for_until_the_time_out_and_not_past_it()
    {
        var time = new FakeTimeProvider();
        var guard = new OrderSystemGuard(new MisbehavingOrderService("slow"), TimeSpan.FromSeconds(2), time: time);

        // Its own 30 s (real time, token ignored) never pass here: only the guard's clock ends the wait.
        var lookup = guard.FindAsync("250-1234567-1234567", CancellationToken.None);
        var attempt = guard.RequestCancellationAsync("250-1234567-1234567", "test", CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
        Assert.False(lookup.IsCompleted || attempt.IsCompleted);
        time.Advance(TimeSpan.FromTicks(1));

        Assert.Equal(OrderLookupStatus.Unavailable, (await lookup.WaitAsync(Patience.Hang)).Status);
        Assert.Equal(CancellationStatus.Unavailable, (await attempt.WaitAsync(Patience.Hang)).Status);
    }

    [Fact]
    public async Task No_order_system_is_not_configured_and_unavailable()
    {
        var guard = new OrderSystemGuard(null);

        Assert.False(guard.IsConfigured);
        Assert.Equal(OrderLookupStatus.Unavailable, (await guard.FindAsync("250-1234567-1234567", CancellationToken.None)).Status);
    }

    [Fact]
    public void The_default_time_out_is_two_seconds() => Assert.Equal(TimeSpan.FromSeconds(2), OrderSystemGuard.DefaultTimeout);

    private sealed class MisbehavingOrderService(string misbehaviour) : IOrderService
    {
        public Task<OrderLookup> FindAsync(string orderNumber, CancellationToken cancellationToken) =>
            MisbehaveAsync<OrderLookup>(cancellationToken);

        public Task<CancellationAttempt> RequestCancellationAsync(string orderNumber, string reason, CancellationToken cancellationToken) =>
            MisbehaveAsync<CancellationAttempt>(cancellationToken);

        private async Task<T> MisbehaveAsync<T>(CancellationToken cancellationToken)
            where T : class
        {
            switch (misbehaviour)
            {
                case "slow":
                    // Ignores the token on purpose: a hung client must not hang the conversation.
                    await Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None);
                    break;
                case "throws":
                    throw new HttpRequestException("connection refused");
            }

            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return null!;
        }
    }
}
