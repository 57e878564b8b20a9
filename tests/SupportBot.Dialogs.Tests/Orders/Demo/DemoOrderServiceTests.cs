using System.Diagnostics;
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
        Assert.Equal(TimeSpan.FromHours(seeded.OrderedHoursAgo).TotalMinutes, (_demo.Time.Now - order.OrderedAt).TotalMinutes, precision: 0);
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
        var cancelledAt = _demo.Time.Now;
        _demo.Time.Now += TimeSpan.FromMinutes(7);
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

        Assert.Equal(new CancellationAttempt(CancellationStatus.Rejected, OrderIds.TooLate, _demo.Time.Now), attempt);
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

        Assert.Equal(new CancellationAttempt(status, cause, _demo.Time.Now), first);
        Assert.Equal(first, second);
        Assert.Null(lookup.Order!.CancelledAt);
    }

    [Fact]
    public async Task The_already_cancelled_order_answers_accepted_with_its_earlier_time()
    {
        var orderNumber = DemoOrderBookFixture.Special(DemoOrderBehaviour.AlreadyCancelled).OrderNumber;

        var attempt = await _demo.Service.RequestCancellationAsync(orderNumber, "r", CancellationToken.None);

        Assert.Equal(new CancellationAttempt(CancellationStatus.Accepted, null, _demo.Time.Now.AddHours(-1)), attempt);
    }

    [Fact]
    public async Task Cancelling_an_unknown_order_is_rejected_without_a_cause()
    {
        var attempt = await _demo.Service.RequestCancellationAsync("123-1234567-1234567", "r", CancellationToken.None);

        Assert.Equal(new CancellationAttempt(CancellationStatus.Rejected, null, _demo.Time.Now), attempt);
    }

    [Fact]
    public async Task The_slow_cancellation_answers_unavailable_within_the_time_out()
    {
        using var impatient = new DemoOrderBookFixture(DemoOrderBookFixture.ShortTimeoutSeconds);
        var orderNumber = DemoOrderBookFixture.Special(DemoOrderBehaviour.CancellationTimesOut).OrderNumber;
        await impatient.Demo.FindAsync(orderNumber, CancellationToken.None);   // create the book outside the stopwatch
        var clock = Stopwatch.StartNew();

        var attempt = await impatient.Service.RequestCancellationAsync(orderNumber, "r", CancellationToken.None);

        Assert.Equal(new CancellationAttempt(CancellationStatus.Unavailable), attempt);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(DemoOrderBookFixture.ShortTimeoutSeconds * 0.9),
            TimeSpan.FromSeconds(DemoOrderBookFixture.ShortTimeoutSeconds + 3));
        Assert.Null((await impatient.Service.FindAsync(orderNumber, CancellationToken.None)).Order!.CancelledAt);
    }

    [Fact]
    public async Task The_slow_lookup_answers_unavailable_within_the_time_out()
    {
        using var impatient = new DemoOrderBookFixture(DemoOrderBookFixture.ShortTimeoutSeconds);
        var orderNumber = DemoOrderBookFixture.Special(DemoOrderBehaviour.LookupTimesOut).OrderNumber;
        await impatient.Demo.FindAsync("123-1234567-1234567", CancellationToken.None);   // create the book outside the stopwatch
        var clock = Stopwatch.StartNew();

        var lookup = await impatient.Service.FindAsync(orderNumber, CancellationToken.None);

        Assert.Equal(new OrderLookup(OrderLookupStatus.Unavailable), lookup);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(DemoOrderBookFixture.ShortTimeoutSeconds * 0.9),
            TimeSpan.FromSeconds(DemoOrderBookFixture.ShortTimeoutSeconds + 3));
    }

    [Theory]
    [InlineData(DemoOrderBehaviour.LookupTimesOut)]
    [InlineData(DemoOrderBehaviour.CancellationTimesOut)]
    public async Task The_slow_orders_take_well_past_the_time_out_without_the_time_limit(DemoOrderBehaviour behaviour)
    {
        using var impatient = new DemoOrderBookFixture(DemoOrderBookFixture.ShortTimeoutSeconds);
        var orderNumber = DemoOrderBookFixture.Special(behaviour).OrderNumber;
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(DemoOrderBookFixture.ShortTimeoutSeconds * 4));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => behaviour == DemoOrderBehaviour.LookupTimesOut
            ? impatient.Demo.FindAsync(orderNumber, patience.Token)
            : impatient.Demo.RequestCancellationAsync(orderNumber, "r", patience.Token));
    }

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
