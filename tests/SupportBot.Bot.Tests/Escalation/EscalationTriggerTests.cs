using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Tests.Escalation.TestSupport;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>
/// Every trigger of the escalation policy, through the real host (Emulator protocol, real dialogs, recognizer,
/// knowledge files and SQLite store): the customer is told the ticket, handoff.initiate goes out, and the ticket
/// holds the reason, every slot, the rule and knowledge version of the last answer and the masked transcript.
/// </summary>
public sealed partial class EscalationTriggerTests
{
    public static TheoryData<string> Triggers => TriggerCase.Names();

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task Each_trigger_creates_a_ticket_with_the_full_context(string name)
    {
        var trigger = TriggerCase.Named(name);
        await using var host = new EscalationHost(trigger.DemoOrders);
        var chat = new EmulatorChat(host, locale: trigger.Locale);
        var knowledge = host.Knowledge;
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        var turns = trigger.Turns(knowledge);

        IReadOnlyList<Activity> last = [];
        foreach (var text in turns)
        {
            last = await chat.SayAsync(text);
        }

        var told = EscalationReplies.Escalation(last);
        Assert.True(told is not null, $"No escalation after the last turn; the bot said:\n{EscalationReplies.Texts(last)}");
        var (ticketId, reason) = told.Value;
        Assert.Matches(TicketIdPattern(), ticketId);
        Assert.Equal(trigger.Reason, reason);
        Assert.Contains(ticketId, EscalationReplies.Texts(last), StringComparison.Ordinal);

        var handoff = EscalationReplies.HandoffInitiation(last);
        Assert.NotNull(handoff);
        Assert.Equal(ticketId, (string?)EscalationReplies.Value(handoff)["ticketId"]);
        Assert.NotEmpty(handoff.Attachments);

        var ticket = Assert.Single(await host.Store.ListAsync(null, null, 10, CancellationToken.None));
        Assert.Equal(ticketId, ticket.TicketId);
        Assert.Equal(chat.ConversationId, ticket.ConversationId);
        Assert.Equal(trigger.Reason, ticket.Reason);
        Assert.Equal(TicketState.Queued, ticket.State);
        Assert.Equal(knowledge.Version, ticket.Payload.KnowledgeVersion);
        Assert.Equal("emulator", ticket.Payload.ChannelId);
        Assert.InRange(ticket.CreatedAt, started, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(ticket.CreatedAt, ticket.UpdatedAt);

        // The transcript so far, both sides, masked; the slots keep the real order number.
        var transcript = ticket.Payload.Transcript;
        Assert.Equal(turns.Length, transcript.Count(l => l.From == TicketSenders.Customer));
        Assert.Equal(turns.Length > 1, transcript.Any(l => l.From == "bot"));
        Assert.Equal(PiiMasked(turns[0]), transcript.First(l => l.From == TicketSenders.Customer).Text);
        Assert.DoesNotContain(transcript, l => l.Text.Contains(TriggerCase.OrderNumber, StringComparison.Ordinal));
        trigger.Check(ticket, knowledge);
    }

    private static string PiiMasked(string text) => SupportBot.Bot.Storage.Pii.PiiMasker.Instance.Mask(text);

    [GeneratedRegex(@"^ESC-\d{6}$")]
    private static partial Regex TicketIdPattern();
}
