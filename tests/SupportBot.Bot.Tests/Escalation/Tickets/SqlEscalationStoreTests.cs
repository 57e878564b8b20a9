using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Escalation.Tickets;

/// <summary>The hand-over's ticket store on SQLite and PostgreSQL: one creator, one assignee, messages in order, figures.</summary>
public sealed class SqlEscalationStoreTests
{
    private static readonly TicketPayload Payload = new(
        new TicketSlots("CancelOrder", "250-1234567-1234567", "shipped", "marketplace", "credit_card", 3, null, "seller-policy", null, null, true),
        "seller-policy",
        "shipped-marketplace",
        "v1",
        "ja",
        "emulator",
        [new TranscriptLine(DateTimeOffset.UnixEpoch, TicketSenders.Customer, "キャンセルしたい")]);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Concurrent_escalations_of_one_conversation_have_exactly_one_creator(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = Store(db);
        var b = Store(db);

        var opened = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            Task.Run(() => (i % 2 == 0 ? a : b).OpenAsync(new("test", "c1"), "cancel_failed", Payload, $"{{\"n\":{i}}}", default))));

        Assert.Single(opened, o => o.Created);
        Assert.Single(opened.Select(o => o.Ticket.Number).Distinct());
        var ticket = opened[0].Ticket;
        Assert.Equal((TicketState.Queued, "cancel_failed"), (ticket.State, ticket.Reason));
        Assert.Equal(Payload.Slots, ticket.Payload.Slots);
        Assert.Equal(Payload.Transcript, ticket.Payload.Transcript);
        Assert.NotNull(await a.GetReferenceAsync(ticket.Number, default));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_ticket_is_assigned_once_resolved_once_and_keeps_its_messages_in_order(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = Store(db);
        var number = (await store.OpenAsync(new("test", "c1"), "customer_request", Payload, "{}", default)).Ticket.Number;

        var first = await store.TryAssignAsync(number, "tanaka", default);
        var same = await store.TryAssignAsync(number, "tanaka", default);
        var other = await store.TryAssignAsync(number, "suzuki", default);
        await store.AppendMessageAsync(number, TicketSenders.Customer, null, "one", default);
        var second = await store.AppendMessageAsync(number, TicketSenders.Agent, "tanaka", "two", default);
        await store.AppendMessageAsync(number, TicketSenders.Customer, null, "three", default);
        await store.SetWebhookStatusAsync(number, "delivered 200 (attempt 1)", default);
        var resolved = await store.ResolveAsync(number, TicketResolution.Resolved, default);
        var again = await store.ResolveAsync(number, TicketResolution.Withdrawn, default);

        Assert.Equal((true, true, false, true, false), (first, same, other, resolved, again));
        var ticket = (await store.GetAsync(number, default))!;
        Assert.Equal((TicketState.Resolved, "tanaka", TicketResolution.Resolved, "delivered 200 (attempt 1)"), (ticket.State, ticket.AssignedTo, ticket.Resolution, ticket.WebhookStatus));
        Assert.Equal(["one", "two", "three"], (await store.ReadMessagesAsync(number, 0, default)).Select(m => m.Text));
        Assert.Equal(["three"], (await store.ReadMessagesAsync(number, second.Sequence, default)).Select(m => m.Text));
        Assert.Equal(2, (await store.OpenAsync(new("test", "c1"), "not_understood", Payload, "{}", default)).Ticket.Number);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lists_open_tickets_oldest_first_filtered_by_reason_and_state_and_counts_reasons_in_a_period(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = Store(db);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);
        await store.OpenAsync(new("test", "c1"), "cancel_failed", Payload, "{}", default);
        var second = (await store.OpenAsync(new("test", "c2"), "refund_overdue", Payload, "{}", default)).Ticket.Number;
        await store.OpenAsync(new("test", "c3"), "cancel_failed", Payload, "{}", default);
        await store.TryAssignAsync(second, "tanaka", default);

        var all = await store.ListAsync(null, null, 10, default);
        var failed = await store.ListAsync("cancel_failed", null, 10, default);
        var assigned = await store.ListAsync(null, TicketState.Assigned, 10, default);
        var figures = await store.FiguresAsync(since, DateTimeOffset.UtcNow.AddMinutes(1), default);

        Assert.Equal([1L, 2L, 3L], all.Select(t => t.Number));
        Assert.Equal([1L, 3L], failed.Select(t => t.Number));
        Assert.Equal([2L], assigned.Select(t => t.Number));
        Assert.Equal((0L, 1L), (await store.CountQueuedAheadAsync(1, default), await store.CountQueuedAheadAsync(3, default)));
        Assert.Equal(new Dictionary<string, long> { ["cancel_failed"] = 2, ["refund_overdue"] = 1 }, figures.ByReason);
        Assert.Equal(new Dictionary<string, long> { ["queued"] = 2, ["assigned"] = 1 }, figures.ByState);
        Assert.Equal((0L, 3L, 1.0), (figures.Conversations, figures.Escalations, figures.Rate));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_second_escalation_finds_the_open_ticket_with_its_first_reason_and_payload(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = Store(db);

        var first = await store.OpenAsync(new("test", "c1"), "cancel_failed", Payload, "{}", default);
        var again = await store.OpenAsync(new("test", "c1"), "customer_asked", Payload with { Language = "en" }, "{}", default);

        Assert.Equal((true, false), (first.Created, again.Created));
        Assert.Equal(first.Ticket.Number, again.Ticket.Number);
        Assert.Equal(("cancel_failed", "ja"), (again.Ticket.Reason, again.Ticket.Payload.Language));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Resolving_a_ticket_lets_the_conversation_open_a_new_one(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = Store(db);
        var first = (await store.OpenAsync(new("test", "c1"), "r1", Payload, "{}", default)).Ticket;

        Assert.True(await store.ResolveAsync(first.Number, "done", default));
        var second = await store.OpenAsync(new("test", "c1"), "r2", Payload, "{}", default);

        Assert.True(second.Created);
        Assert.NotEqual(first.Number, second.Ticket.Number);
        Assert.Equal(TicketState.Resolved, (await store.GetAsync(first.Number, default))!.State);
        Assert.Equal([second.Ticket.Number], (await store.ListAsync(null, TicketState.Queued, 10, default)).Select(t => t.Number));
        Assert.Equal([second.Ticket.Number, first.Number], (await store.ListAsync(null, null, 10, default)).Select(t => t.Number));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_tickets_are_reported_as_missing(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = Store(db);

        Assert.Null(await store.GetAsync(42, default));
        Assert.False(await store.TryAssignAsync(42, "agent", default));
        Assert.False(await store.ResolveAsync(42, "done", default));
    }

    [Theory]
    [InlineData(1, "ESC-000001")]
    [InlineData(123, "ESC-000123")]
    [InlineData(1234567, "ESC-1234567")]
    public void Ticket_ids_are_zero_padded_to_six_digits(long number, string expected) =>
        Assert.Equal(expected, TicketView.FormatTicketId(number));

    private static SqlEscalationStore Store(TestDatabase db)
    {
        var database = db.OpenInstance();
        return new SqlEscalationStore(database, TimeProvider.System);
    }
}
