using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Tickets;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Storage.Tickets;

public sealed class SqlTicketRepositoryTests
{
    private const string Payload = """{"orderNumber":"249-1234567-1234567","phone":"090-1234-5678"}""";

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_conversation_gets_one_open_ticket_however_often_it_asks(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = new SqlTicketRepository(db.OpenInstance(), TimeProvider.System);

        var first = await tickets.CreateOrGetOpenAsync("c1", "cancel_failed", Payload, default);
        var again = await tickets.CreateOrGetOpenAsync("c1", "customer_asked", "{}", default);

        Assert.Equal(first.Number, again.Number);
        Assert.Equal("cancel_failed", again.Reason);
        Assert.Equal(Payload, again.PayloadJson);
        Assert.Equal(TicketStatus.Open, again.Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Concurrent_requests_from_two_instances_still_make_one_open_ticket(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = new SqlTicketRepository(db.OpenInstance(), TimeProvider.System);
        var b = new SqlTicketRepository(db.OpenInstance(), TimeProvider.System);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => (i % 2 == 0 ? a : b).CreateOrGetOpenAsync("c1", "reason", Payload, default))));

        Assert.Single(results.Select(t => t.Number).Distinct());
        Assert.Single(await a.ListAsync(null, 100, default));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Closing_a_ticket_lets_the_conversation_open_a_new_one(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = new SqlTicketRepository(db.OpenInstance(), TimeProvider.System);
        var first = await tickets.CreateOrGetOpenAsync("c1", "r1", Payload, default);

        Assert.True(await tickets.UpdateStatusAsync(first.Number, TicketStatus.Closed, default));
        var second = await tickets.CreateOrGetOpenAsync("c1", "r2", Payload, default);

        Assert.NotEqual(first.Number, second.Number);
        Assert.Equal(TicketStatus.Closed, (await tickets.GetAsync(first.Number, default))!.Status);
        Assert.Equal([second.Number], (await tickets.ListAsync(TicketStatus.Open, 10, default)).Select(t => t.Number));
        Assert.Equal([second.Number, first.Number], (await tickets.ListAsync(null, 10, default)).Select(t => t.Number));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_tickets_are_reported_as_missing(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var tickets = new SqlTicketRepository(db.OpenInstance(), TimeProvider.System);

        Assert.Null(await tickets.GetAsync(42, default));
        Assert.False(await tickets.UpdateStatusAsync(42, TicketStatus.Assigned, default));
    }

    [Theory]
    [InlineData(1, "ESC-000001")]
    [InlineData(123, "ESC-000123")]
    [InlineData(1234567, "ESC-1234567")]
    public void Display_ids_are_zero_padded_to_six_digits(long number, string expected) =>
        Assert.Equal(expected, EscalationTicket.FormatDisplayId(number));
}
