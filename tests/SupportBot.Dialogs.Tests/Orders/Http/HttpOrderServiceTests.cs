using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Orders.Http;
using SupportBot.Testing.Hosting;
using SupportBot.Testing.Time;

namespace SupportBot.Dialogs.Tests.Orders.Http;

public sealed class HttpOrderServiceTests : IAsyncLifetime
{
    private const string Number = "123-1234567-1234567";
    // Contract tests get a time-out no loaded machine reaches; the slow-server tests a short one to wait out (the server
    // holds its answer for a minute, so an answer there can only be the client giving up).
    private const double GenerousTimeoutSeconds = 60;
    private const double TimeoutSeconds = 0.5;

    private const string FoundJson = """
        {"orderNumber":"123-1234567-1234567","stage":"preparing","seller":"marketplace","paymentMethod":"convenience_atm",
         "orderedAt":"2026-11-20T10:15:00+09:00","itemName":"電気ケトル","cancelledAt":null}
        """;

    private FakeOrderServer _server = null!;
    private ServiceProvider _services = null!;
    private ServiceProvider _impatient = null!;

    public static TheoryData<int, string> UnusableLookups => new()
    {
        { 500, "" },
        { 503, FoundJson },
        { 302, "" },
        { 400, "{}" },
        { 200, "{\"orderNumber\": \"123-1234567-1234567\", \"stage\": " },
        { 200, "<html>not json</html>" },
        { 200, "" },
        { 200, "null" },
        { 200, "[]" },
        { 200, FoundJson.Replace("\"preparing\"", "\"in_transit\"", StringComparison.Ordinal) },
        { 200, FoundJson.Replace("\"marketplace\"", "\"partner\"", StringComparison.Ordinal) },
        { 200, FoundJson.Replace("\"convenience_atm\"", "\"bitcoin\"", StringComparison.Ordinal) },
        { 200, FoundJson.Replace("\"2026-11-20T10:15:00+09:00\"", "\"yesterday\"", StringComparison.Ordinal) },
        { 200, FoundJson.Replace("\"orderedAt\":\"2026-11-20T10:15:00+09:00\",", "", StringComparison.Ordinal) },
        { 200, FoundJson.Replace("\"orderNumber\":\"123-1234567-1234567\",", "", StringComparison.Ordinal) },
    };

    public static TheoryData<string, CancellationStatus, string?> ContractCancellations => new()
    {
        { """{"status":"accepted","at":"2026-11-26T12:00:00Z"}""", CancellationStatus.Accepted, null },
        { """{"status":"rejected","failureCause":"seller-policy","at":"2026-11-26T12:00:00Z"}""", CancellationStatus.Rejected, "seller-policy" },
        { """{"status":"rejected","failureCause":"too-late","at":"2026-11-26T12:00:00Z"}""", CancellationStatus.Rejected, "too-late" },
        { """{"status":"failed","failureCause":"system-error","at":"2026-11-26T12:00:00Z"}""", CancellationStatus.Failed, "system-error" },
        { """{"status":"failed","failureCause":"payment-trouble","at":"2026-11-26T12:00:00Z"}""", CancellationStatus.Failed, "payment-trouble" },
        { """{"status":"failed","failureCause":"just-changed","at":"2026-11-26T12:00:00Z"}""", CancellationStatus.Failed, "just-changed" },
    };

    public static TheoryData<int, string> UnusableCancellations => new()
    {
        { 500, """{"status":"accepted","at":"2026-11-26T12:00:00Z"}""" },
        { 200, """{"status":"maybe","at":"2026-11-26T12:00:00Z"}""" },
        { 200, """{"status":"failed","failureCause":"gremlins","at":"2026-11-26T12:00:00Z"}""" },
        { 200, """{"at":"2026-11-26T12:00:00Z"}""" },
        { 200, """{"status":"accepted","at":"#"}""" },
        { 200, "{" },
        { 204, "" },
    };

    public async Task InitializeAsync()
    {
        _server = await FakeOrderServer.StartAsync();
        _services = Build(GenerousTimeoutSeconds);
        _impatient = Build(TimeoutSeconds);
    }

    private ServiceProvider Build(double timeoutSeconds) => OrderSystemHost.Build(
        ("Provider", "Http"), ("HttpBaseAddress", _server.BaseAddress), ("TimeoutSeconds", timeoutSeconds.ToString(CultureInfo.InvariantCulture)));

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _impatient.DisposeAsync();
        await _server.DisposeAsync();
    }

    /// <summary>The REST client itself, without the time limit that wraps every provider.</summary>
    private HttpOrderService Client => _services.GetRequiredService<HttpOrderService>();

    [Fact]
    public async Task FindAsync_maps_the_contract_order()
    {
        _server.Respond = FakeOrderServer.Json(200, FoundJson);

        var lookup = await Client.FindAsync(Number, CancellationToken.None);

        Assert.Equal(new OrderLookup(OrderLookupStatus.Found, new OrderRecord(
            Number, "preparing", "marketplace", "convenience_atm", new DateTimeOffset(2026, 11, 20, 10, 15, 0, TimeSpan.FromHours(9)), "電気ケトル")),
            lookup);
        Assert.Equal(("GET", "/store-api/orders/" + Number), Assert.Single(_server.Requests) is var r ? (r.Method, r.Target) : default);
    }

    [Fact]
    public async Task FindAsync_reads_a_cancelled_order_and_ignores_unknown_fields()
    {
        _server.Respond = FakeOrderServer.Json(200, """
            {"orderNumber":"123-1234567-1234567","stage":"not_shipped","seller":"store","paymentMethod":"e_money",
             "orderedAt":"2026-11-20T01:00:00Z","cancelledAt":"2026-11-21T02:00:00Z","warehouse":"Chiba"}
            """);

        var lookup = await Client.FindAsync(Number, CancellationToken.None);

        Assert.Equal(OrderLookupStatus.Found, lookup.Status);
        Assert.Null(lookup.Order!.ItemName);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 2, 0, 0, TimeSpan.Zero), lookup.Order.CancelledAt);
    }

    [Fact]
    public async Task FindAsync_answers_not_found_on_404()
    {
        _server.Respond = FakeOrderServer.Json(404, """{"error":"no such order"}""");

        var lookup = await Client.FindAsync(Number, CancellationToken.None);

        Assert.Equal(new OrderLookup(OrderLookupStatus.NotFound), lookup);
    }

    [Theory]
    [MemberData(nameof(UnusableLookups))]
    public async Task FindAsync_answers_unavailable_for_anything_but_the_contract(int status, string body)
    {
        _server.Respond = FakeOrderServer.Json(status, body);

        var lookup = await Client.FindAsync(Number, CancellationToken.None);

        Assert.Equal(new OrderLookup(OrderLookupStatus.Unavailable), lookup);
    }

    [Fact]
    public async Task FindAsync_escapes_the_order_number_in_the_path()
    {
        _server.Respond = FakeOrderServer.Json(404, "");

        await Client.FindAsync("12/3?x", CancellationToken.None);

        Assert.Equal("/store-api/orders/12%2F3%3Fx", Assert.Single(_server.Requests).Target);
    }

    [Theory]
    [MemberData(nameof(ContractCancellations))]
    public async Task RequestCancellationAsync_maps_the_contract_answer(string json, CancellationStatus status, string? cause)
    {
        _server.Respond = FakeOrderServer.Json(200, json);

        var attempt = await Client.RequestCancellationAsync(Number, "注文を間違えた", CancellationToken.None);

        Assert.Equal(new CancellationAttempt(status, cause, new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero)), attempt);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/store-api/orders/" + Number + "/cancellation"), (request.Method, request.Target));
        Assert.Equal("注文を間違えた", JsonDocument.Parse(request.Body).RootElement.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task RequestCancellationAsync_answers_rejected_without_a_cause_on_404()
    {
        _server.Respond = FakeOrderServer.Json(404, "");

        var attempt = await Client.RequestCancellationAsync(Number, "r", CancellationToken.None);

        Assert.Equal(new CancellationAttempt(CancellationStatus.Rejected), attempt);
    }

    [Theory]
    [MemberData(nameof(UnusableCancellations))]
    public async Task RequestCancellationAsync_answers_unavailable_for_anything_but_the_contract(int status, string body)
    {
        _server.Respond = FakeOrderServer.Json(status, body);

        var attempt = await Client.RequestCancellationAsync(Number, "r", CancellationToken.None);

        Assert.Equal(new CancellationAttempt(CancellationStatus.Unavailable), attempt);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_slow_order_system_answers_unavailable_within_the_time_out(bool timeLimited)
    {
        using var abandoned = new AbandonedRequests();
        _server.Respond = async context =>
        {
            await abandoned.HoldAsync(context);
            await FakeOrderServer.Json(200, FoundJson)(context);
        };
        IOrderService service = timeLimited ? _impatient.GetRequiredService<IOrderService>() : _impatient.GetRequiredService<HttpOrderService>();
        var clock = Stopwatch.StartNew();

        var lookup = await service.FindAsync(Number, CancellationToken.None).WaitAsync(Patience.Hang);
        var attempt = await service.RequestCancellationAsync(Number, "r", CancellationToken.None).WaitAsync(Patience.Hang);

        Assert.Equal(new OrderLookup(OrderLookupStatus.Unavailable), lookup);
        Assert.Equal(new CancellationAttempt(CancellationStatus.Unavailable), attempt);
        // Both calls hung up on the server rather than waiting for its answer, and neither gave up before its time-out.
        await abandoned.WaitForAsync(2);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2 * TimeoutSeconds * 0.9), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task A_body_that_trickles_in_past_the_time_out_answers_unavailable()
    {
        using var abandoned = new AbandonedRequests();
        _server.Respond = async context =>
        {
            // Counted from the start: on a loaded machine the client may hang up before the first bytes are written.
            abandoned.Watch(context);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"orderNumber\":", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await abandoned.HoldAsync(context);
        };

        var lookup = await _impatient.GetRequiredService<HttpOrderService>().FindAsync(Number, CancellationToken.None).WaitAsync(Patience.Hang);

        Assert.Equal(new OrderLookup(OrderLookupStatus.Unavailable), lookup);
        await abandoned.WaitForAsync(1);
    }

    [Fact]
    public async Task A_refused_connection_answers_unavailable()
    {
        await using var services = OrderSystemHost.Build(("Provider", "Http"), ("HttpBaseAddress", $"http://127.0.0.1:{FreePort.Next()}/"));
        var service = services.GetRequiredService<IOrderService>();

        var lookup = await service.FindAsync(Number, CancellationToken.None).WaitAsync(Patience.Hang);
        var attempt = await service.RequestCancellationAsync(Number, "r", CancellationToken.None).WaitAsync(Patience.Hang);

        Assert.Equal(new OrderLookup(OrderLookupStatus.Unavailable), lookup);
        Assert.Equal(new CancellationAttempt(CancellationStatus.Unavailable), attempt);
    }

    [Fact]
    public async Task The_callers_own_cancellation_propagates()
    {
        _server.Respond = async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.FindAsync(Number, caller.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => _services.GetRequiredService<IOrderService>().RequestCancellationAsync(Number, "r", caller.Token));
    }

    [Fact]
    public async Task The_base_address_path_is_kept_without_a_trailing_slash()
    {
        _server.Respond = FakeOrderServer.Json(404, "");
        Assert.False(_server.BaseAddress.EndsWith('/'));

        await Client.FindAsync(Number, CancellationToken.None);

        Assert.StartsWith("/store-api/orders/", Assert.Single(_server.Requests).Target, StringComparison.Ordinal);
    }

    /// <summary>Holds a request's answer for far longer than any time-out, and counts the requests whose caller hung up.</summary>
    private sealed class AbandonedRequests : IDisposable
    {
        private readonly SemaphoreSlim _hungUp = new(0);

        public async Task HoldAsync(HttpContext context)
        {
            Watch(context);
            await Task.Delay(Patience.Hang, context.RequestAborted);
        }

        /// <summary>Counts the request once when its caller hangs up, whatever the handler is doing at that moment.</summary>
        public void Watch(HttpContext context)
        {
            if (context.Items.TryAdd(this, true))
            {
                context.Response.RegisterForDispose(context.RequestAborted.Register(() => _hungUp.Release()));
            }
        }

        public async Task WaitForAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(await _hungUp.WaitAsync(Patience.Hang), $"only {i} of {count} requests were abandoned by the client");
            }
        }

        public void Dispose() => _hungUp.Dispose();
    }
}
