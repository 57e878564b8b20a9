using SupportBot.Bot.Activities;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Tests.Storage.TestSupport;
using SupportBot.Bot.Turns.Transcripts;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// Conversation ids are unique only within a channel and are not secret: the stores key by (channel, conversation),
/// so the same id claimed on another channel neither reads the customer's transcript nor attaches to their ticket.
/// </summary>
public sealed class ChannelIsolationTests
{
    private static readonly ConversationKey Customer = new("directline", "conv-1");
    private static readonly ConversationKey Claimed = new("emulator", "conv-1");

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_channel_with_the_same_conversation_id_reads_none_of_the_customers_transcript(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var transcripts = new SqlTranscriptRepository(db.OpenInstance(), PiiMasker.Instance);
        await transcripts.AppendRangeAsync(Customer, [new UnmaskedTranscriptLine("a1", DateTimeOffset.UtcNow, """{"type":"message","text":"電話番号は090-1234-5678"}""")], default);

        Assert.Single(await transcripts.ReadAsync(Customer, default));
        Assert.Empty(await transcripts.ReadAsync(Claimed, default));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_channel_with_the_same_conversation_id_gets_its_own_ticket_not_the_customers(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = new SqlEscalationStore(db.OpenInstance(), TimeProvider.System);
        var payload = new TicketPayload(new TicketSlots("CancelOrder", "250-1234567-1234567", null, null, null, null, null, null, null, null, false), null, null, "v1", "ja", "directline", []);

        var customers = await store.OpenAsync(Customer, "cancel_failed", payload, "{\"customer\":true}", default);
        var claimed = await store.OpenAsync(Claimed, "customer_request", payload with { ChannelId = "emulator" }, "{}", default);

        Assert.True(customers.Created);
        Assert.True(claimed.Created);
        Assert.NotEqual(customers.Ticket.Number, claimed.Ticket.Number);
        Assert.Equal("{\"customer\":true}", await store.GetReferenceAsync(customers.Ticket.Number, default));
    }
}
