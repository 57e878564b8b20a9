using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Storage.State;
using SupportBot.Bot.Tests.Storage.TestSupport;
using SupportBot.Bot.Turns.Ordering;
using SupportBot.Bot.Turns.Transcripts;

namespace SupportBot.Bot.Tests.Storage.Housekeeping;

/// <summary>Every table that holds customer text has its own retention, and only what passed it goes.</summary>
public sealed class RetentionTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_state_of_a_conversation_idle_past_its_retention_is_deleted_and_an_active_one_kept(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var database = db.OpenInstance();
        var storage = new SqlStorage(database, NullLogger<SqlStorage>.Instance, clock);
        await storage.WriteAsync(new Dictionary<string, object> { ["idle"] = new Dictionary<string, object> { ["order"] = "250-1234567-1234567" } });
        clock.Advance(TimeSpan.FromDays(20));
        await storage.WriteAsync(new Dictionary<string, object> { ["active"] = new Dictionary<string, object> { ["order"] = "250-7654321-7654321" } });
        clock.Advance(TimeSpan.FromDays(11));

        var deleted = await new IdleStateHousekeeping(database, Options.Create(new StorageOptions { IdleStateRetentionDays = 30 })).RunAsync(clock.GetUtcNow(), default);

        Assert.Equal(1, deleted);
        Assert.Equal(["active"], (await storage.ReadAsync(["idle", "active"])).Keys);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_turns_replies_are_kept_an_hour_after_delivery_and_its_id_a_day(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var database = db.OpenInstance();
        var processed = new SqlProcessedActivityStore(database, clock);
        async Task RecordAsync(string id, bool delivered)
        {
            await database.WriteAsync(async (c, t, ct) => { await processed.RecordAsync(c, t, "test/c", id, ["""{"type":"message","text":"返金は1週間前後です"}"""], ct); return 0; }, default);
            if (delivered)
            {
                await processed.MarkDeliveredAsync("test/c", id, keepReplies: true, default);
            }
        }

        await RecordAsync("old-delivered", delivered: true);
        await RecordAsync("old-undelivered", delivered: false);
        clock.Advance(TimeSpan.FromMinutes(90));
        await RecordAsync("recent", delivered: true);

        await new ProcessedActivityHousekeeping(processed).RunAsync(clock.GetUtcNow(), default);
        var oldDelivered = await processed.FindAsync("test/c", "old-delivered", default);
        var oldUndelivered = await processed.FindAsync("test/c", "old-undelivered", default);
        var recent = await processed.FindAsync("test/c", "recent", default);
        clock.Advance(TimeSpan.FromDays(1));
        await new ProcessedActivityHousekeeping(processed).RunAsync(clock.GetUtcNow(), default);

        Assert.Empty(oldDelivered!.Replies);
        Assert.Single(oldUndelivered!.Replies);  // never reached the channel: kept for recovery until the id goes
        Assert.Single(recent!.Replies);
        Assert.Null(await processed.FindAsync("test/c", "old-delivered", default));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Transcript_lines_past_their_retention_are_deleted(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var transcripts = new SqlTranscriptRepository(db.OpenInstance(), PiiMasker.Instance);
        await transcripts.AppendRangeAsync(new("test", "c"), [new UnmaskedTranscriptLine("old", Start.AddDays(-8), """{"type":"message","text":"old"}""")], default);
        await transcripts.AppendRangeAsync(new("test", "c"), [new UnmaskedTranscriptLine("recent", Start.AddDays(-6), """{"type":"message","text":"recent"}""")], default);

        await new TranscriptHousekeeping(transcripts, Options.Create(new StorageOptions { TranscriptRetentionDays = 7 })).RunAsync(Start, default);

        Assert.Equal(["recent"], (await transcripts.ReadAsync(new("test", "c"), default)).Select(e => e.ActivityId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_direct_line_conversation_idle_past_its_retention_goes_whole_and_an_active_one_stays_whole(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var log = new SqlDirectLineActivityLog(db.OpenInstance(), clock);
        await log.AppendAsync("idle", """{"text":"注文番号は250-1234567-1234567"}""", default);
        await log.AppendAsync("active", """{"text":"first, 40 days ago"}""", default);
        clock.Advance(TimeSpan.FromDays(40));
        await log.AppendAsync("active", """{"text":"today"}""", default);

        var deleted = await new DirectLineLogHousekeeping(log, Options.Create(new DirectLineOptions { LogRetentionDays = 30 })).RunAsync(clock.GetUtcNow(), default);

        Assert.Equal(1, deleted);
        Assert.Empty(await log.ReadAfterAsync("idle", 0, 100, int.MaxValue, default));
        Assert.Equal([1L, 2], (await log.ReadAfterAsync("active", 0, 100, int.MaxValue, default)).Select(a => a.Sequence));
        // The idle conversation's counter went with it: nothing is left that names it.
        Assert.Equal(1, await log.AppendAsync("idle", """{"text":"again"}""", default));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_ticket_resolved_past_its_retention_goes_with_its_chat_and_open_or_recent_ones_stay(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Start);
        var store = new SqlEscalationStore(db.OpenInstance(), clock);
        var old = (await store.OpenAsync(new("test", "c-old"), "r", Payload, "{}", default)).Ticket;
        var stillOpen = (await store.OpenAsync(new("test", "c-open"), "r", Payload, "{}", default)).Ticket;
        await store.AppendMessageAsync(old.Number, TicketSenders.Customer, null, "電話番号は090-1234-5678です", default);
        await store.ResolveAsync(old.Number, "resolved", default);
        clock.Advance(TimeSpan.FromDays(80));
        var recent = (await store.OpenAsync(new("test", "c-recent"), "r", Payload, "{}", default)).Ticket;
        await store.ResolveAsync(recent.Number, "resolved", default);
        clock.Advance(TimeSpan.FromDays(11));

        var deleted = await new ResolvedTicketHousekeeping(store, Options.Create(new TicketRetentionOptions { ResolvedTicketRetentionDays = 90 })).RunAsync(clock.GetUtcNow(), default);

        Assert.Equal(1, deleted);
        Assert.Null(await store.GetAsync(old.Number, default));
        Assert.Empty(await store.ReadMessagesAsync(old.Number, 0, default));
        Assert.NotNull(await store.GetAsync(stillOpen.Number, default));
        Assert.NotNull(await store.GetAsync(recent.Number, default));
    }

    private static readonly TicketPayload Payload = new(
        new TicketSlots("CancelOrder", "250-1234567-1234567", "shipped", "store", "credit_card", null, null, null, null, null, false),
        null,
        null,
        "v1",
        "ja",
        "emulator",
        []);
}
