using SupportBot.Dialogs.Orders;

namespace SupportBot.Dialogs.Tests.Orders;

public sealed class OrderSystemGuardTests
{
    public static TheoryData<string> Misbehaviours => ["slow", "throws", "null"];

    [Theory]
    [MemberData(nameof(Misbehaviours))]
    public async Task An_order_system_that_misbehaves_reads_as_unavailable(string misbehaviour)
    {
        var guard = new OrderSystemGuard(new MisbehavingOrderService(misbehaviour), TimeSpan.FromMilliseconds(100));
        var started = DateTime.UtcNow;

        var lookup = await guard.FindAsync("250-1234567-1234567", CancellationToken.None);
        var attempt = await guard.RequestCancellationAsync("250-1234567-1234567", "test", CancellationToken.None);

        Assert.Equal(OrderLookupStatus.Unavailable, lookup.Status);
        Assert.Equal(CancellationStatus.Unavailable, attempt.Status);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "the guard waited for the slow system");
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
