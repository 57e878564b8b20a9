using Microsoft.Extensions.Time.Testing;
using SupportBot.Testing.Time;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Orders.Demo;

namespace SupportBot.Dialogs.Tests.Orders.Demo;

public sealed class DemoOrderServiceTests : IDisposable
{
    private readonly DemoOrderBookFixture _demo = new();

    public static TheoryData<string> QuickOrders => [.. DemoOrderSeed.Orders
        .Where(o => o.Behaviour != DemoOrderBehaviour.LookupTimesOut)
        .Select(o => o.OrderNumber)];

    public static TheoryData<DemoOrderBehaviour, CancellationStatus, string> FailingOrders => new()
    {
        { DemoOrderBehaviour.RejectedBySellerPolicy, CancellationStatus.Rejected, OrderIds.SellerPolicy },
        { DemoOrderBehaviour.SystemError, CancellationStatus.Failed, OrderIds.SystemError },
        { DemoOrderBehaviour.PaymentTrouble, CancellationStatus.Failed, OrderIds.PaymentTrouble },
        { DemoOrderBehaviour.JustChanged, CancellationStatus.Failed, OrderIds.JustChanged },
    };

    public static TheoryData<string> OrdinaryOrdersPastNotShipped => [.. DemoOrderSeed.Orders
        .Where(o => o.Behaviour == DemoOrderBehaviour.Ordinary && o.Stage != "not_shipped")
        .Select(o => o.OrderNumber)];

    public static TheoryData<string> OrdinaryNotShippedOrders => [.. DemoOrderSeed.Orders
        .Where(o => o.Behaviour == DemoOrderBehaviour.Ordinary && o.Stage == "not_shipped")
        .Select(o => o.OrderNumber)];

    [Theory]
    [MemberData(nameof(QuickOrders))]
    public async Task FindAsync_answers_every_seeded_order_as_seeded(string orderNumber)
    {
        var seeded = DemoOrderSeed.Orders.Single(o => o.OrderNumber == orderNumber);

        var lookup = await _demo.Service.FindAsync(orderNumber, CancellationToken.None);

        Assert.Equal(OrderLookupStatus.Found, lookup.Status);
        var order = lookup.Order!;
        Assert.Equal((seeded.OrderNumber, seeded.Stage, seeded.Seller, seeded.PaymentMethod, seeded.ItemName),
            (order.OrderNumber, order.Stage, order.Seller, order.PaymentMethod, order.ItemName));
        Assert.Equal(TimeSpan.FromHours(seeded.OrderedHoursAgo).TotalMinutes, (_demo.Time.GetUtcNow() - order.OrderedAt).TotalMinutes, precision: 0);
        Assert.Equal(seeded.Behaviour == DemoOrderBehaviour.AlreadyCancelled, order.CancelledAt is not null);
    }

    [Theory]
    [InlineData("123-1234567-1234567")]
    [InlineData("not an order")]
    [InlineData("")]
    public async Task FindAsync_answers_not_found_for_an_unknown_number(string orderNumber)
    {
        var lookup = await _demo.Service.FindAsync(orderNumber, CancellationToken.None);

        Assert.Equal(new OrderLookup(OrderLookupStatus.NotFound), lookup);
    }

    [Fact]
    public async Task FindAsync_accepts_a_full_width_order_number()
    {
        var seeded = DemoOrderSeed.Orders[0].OrderNumber;
        var fullWidth = string.Concat(seeded.Select(c => c == '-' ? '－' : (char)(c - '0' + '０')));

        var lookup = await _demo.Service.FindAsync(fullWidth, CancellationToken.None);

        Assert.Equal(seeded, lookup.Order?.OrderNumber);
    }

    [Theory]
    [MemberData(nameof(OrdinaryNotShippedOrders))]
    public async Task Cancelling_a_not_shipped_order_marks_it_cancelled_and_repeats_the_same_answer(string orderNumber)
    {
        var first = await _demo.Service.RequestCancellationAsync(orderNumber, "changed my mind", CancellationToken.None);
        var cancelledAt = _demo.Time.GetUtcNow();
        _demo.Time.Advance(TimeSpan.FromMinutes(7));
        var second = await _demo.Service.RequestCancellationAsync(orderNumber, "again", CancellationToken.None);
        var lookup = await _demo.Service.FindAsync(orderNumber, CancellationToken.None);

        Assert.Equal(new CancellationAttempt(CancellationStatus.Accepted, null, cancelledAt), first);
        Assert.Equal(first, second);
        Assert.Equal(cancelledAt, lookup.Order!.CancelledAt);
    }

    [Theory]
    [MemberData(nameof(OrdinaryOrdersPastNotShipped))]
    public async Task Cancelling_an_order_past_not_shipped_is_rejected_as_too_late(string orderNumber)
    {
        var attempt = await _demo.Service.RequestCancellationAsync(orderNumber, "changed my mind", CancellationToken.None);
        var lookup = await _demo.Service.FindAsync(orderNumber, CancellationToken.None);

        Assert.Equal(new CancellationAttempt(CancellationStatus.Rejected, OrderIds.TooLate, _demo.Time.GetUtcNow()), attempt);
        Assert.Null(lookup.Order!.CancelledAt);
    }

    [Theory]
    [MemberData(nameof(FailingOrders))]
    public async Task Special_orders_fail_the_same_way_every_time(DemoOrderBehaviour behaviour, CancellationStatus status, string cause)
    {
        var orderNumber = DemoOrderBookFixture.Special(behaviour).OrderNumber;

        var first = await _demo.Service.RequestCancellationAsync(orderNumber, "r", CancellationToken.None);
        var second = await _demo.Service.RequestCancellationAsync(orderNumber, "r", CancellationToken.None);
        var lookup = await _demo.Service.FindAsync(orderNumber, CancellationToken.None);

        Assert.Equal(new CancellationAttempt(status, cause, _demo.Time.GetUtcNow()), first);
        Assert.Equal(first, second);
        Assert.Null(lookup.Order!.CancelledAt);
    }

    [Fact]
    public async Task The_already_cancelled_order_answers_accepted_with_its_earlier_time()
    {
        var orderNumber = DemoOrderBookFixture.Special(DemoOrderBehaviour.AlreadyCancelled).OrderNumber;

        var attempt = await _demo.Service.RequestCancellationAsync(orderNumber, "r", CancellationToken.None);

        Assert.Equal(new CancellationAttempt(CancellationStatus.Accepted, null, _demo.Time.GetUtcNow().AddHours(-1)), attempt);
    }

    [Fact]
    public async Task Cancelling_an_unknown_order_is_rejected_without_a_cause()
    {
        var attempt = await _demo.Service.RequestCancellationAsync("123-1234567-1234567", "r", CancellationToken.None);

        Assert.Equal(new CancellationAttempt(CancellationStatus.Rejected, null, _demo.Time.GetUtcNow()), attempt);
    }

    [Theory]
    [InlineData(DemoOrderBehaviour.LookupTimesOut)]
    [InlineData(DemoOrderBehaviour.CancellationTimesOut)]
    public async Task A_slow_order_answers_unavailable_at_the_time_out_and_not_before(DemoOrderBehaviour behaviour)
    {
        var orderNumber = DemoOrderBookFixture.Special(behaviour).OrderNumber;
        var timeout = _demo.Options.Value.Timeout;

        var call = Call(_demo.Service, behaviour, orderNumber);
        _demo.Time.Advance(timeout - TimeSpan.FromTicks(1));
        Assert.False(call.IsCompleted, "answered before the time-out");
        _demo.Time.Advance(TimeSpan.FromTicks(1));

        Assert.Equal("Unavailable", await call.WaitAsync(Patience.Hang));
        if (behaviour == DemoOrderBehaviour.CancellationTimesOut)
        {
            Assert.Null((await _demo.Demo.FindAsync(orderNumber, CancellationToken.None)).Order!.CancelledAt);
        }
    }

    [Theory]
    [InlineData(DemoOrderBehaviour.LookupTimesOut)]
    [InlineData(DemoOrderBehaviour.CancellationTimesOut)]
    public async Task The_slow_orders_take_well_past_the_time_out_without_the_time_limit(DemoOrderBehaviour behaviour)
    {
        var orderNumber = DemoOrderBookFixture.Special(behaviour).OrderNumber;
        var timeout = _demo.Options.Value.Timeout;

        var call = Call(_demo.Demo, behaviour, orderNumber);
        _demo.Time.Advance(timeout * 4);
        Assert.False(call.IsCompleted, "the slow order answered within four time-outs");
        var waited = await _demo.Time.AdvanceUntilDoneAsync(call, timeout);

        Assert.True(timeout * 4 + waited > timeout * 5, $"answered after {timeout * 4 + waited}");
        Assert.NotEqual("Unavailable", await call);
    }

    private static async Task<string> Call(IOrderService service, DemoOrderBehaviour behaviour, string orderNumber) =>
        behaviour == DemoOrderBehaviour.LookupTimesOut
            ? (await service.FindAsync(orderNumber, CancellationToken.None)).Status.ToString()
            : (await service.RequestCancellationAsync(orderNumber, "r", CancellationToken.None)).Status.ToString();

    [Fact]
    public async Task The_callers_own_cancellation_propagates()
    {
        var orderNumber = DemoOrderBookFixture.Special(DemoOrderBehaviour.CancellationTimesOut).OrderNumber;
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _demo.Service.RequestCancellationAsync(orderNumber, "r", caller.Token));
    }

    [Fact]
    public async Task Cancellations_survive_a_new_book_on_the_same_file()
    {
        var orderNumber = DemoOrderSeed.Orders.First(o => o.Behaviour == DemoOrderBehaviour.Ordinary && o.Stage == "not_shipped").OrderNumber;
        var first = await _demo.Service.RequestCancellationAsync(orderNumber, "r", CancellationToken.None);

        using var reopened = new DemoOrderBook(_demo.DatabasePath, _demo.Time);
        var row = await reopened.FindAsync(orderNumber, CancellationToken.None);

        Assert.Equal(first.At, row!.CancelledAt);
    }

    public void Dispose() => _demo.Dispose();
}
