using SupportBot.Testing.Escalation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Dialogs.Slots;
using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Knowledge;
using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Escalation;

public sealed class PlaceholderEscalationServiceTests
{
    public static TheoryData<string, string> Triggers
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var trigger in KnowledgeIds.Triggers)
            {
                data.Add(KnowledgeIds.Id(trigger), "ja");
                data.Add(KnowledgeIds.Id(trigger), "en");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Triggers))]
    public async Task Escalating_says_why_and_gives_a_placeholder_ticket_with_the_entities(string triggerId, string language)
    {
        var knowledge = RepositoryKnowledge.Instance;
        Assert.True(KnowledgeIds.TryParseTrigger(triggerId, out var trigger));
        var service = new PlaceholderEscalationService(knowledge);
        var adapter = new TestAdapter();
        EscalationReceipt? ticket = null;

        await adapter.SendTextToBotAsync("担当者", async (turn, ct) =>
        {
            var request = new EscalationRequest(trigger, new OrderInquiry { OrderNumber = "250-1234567-1234567" }, language, knowledge.Current.Version);
            ticket = await service.EscalateAsync(turn, request, ct);
        }, CancellationToken.None);

        var reply = (IMessageActivity)adapter.GetNextReply();
        Assert.NotNull(ticket);
        Assert.StartsWith("PH-", ticket.TicketId, StringComparison.Ordinal);
        Assert.Equal(triggerId, ticket.Reason);
        Assert.Contains(knowledge.Current.Escalation.For(trigger).Message.For(language), reply.Text, StringComparison.Ordinal);
        Assert.Contains(knowledge.Current.Text(MessageKeys.EscalationTicket, language, ("ticketId", ticket.TicketId)), reply.Text, StringComparison.Ordinal);
        var escalation = OutcomeEntities.Find(reply, OutcomeEntities.EscalationType);
        Assert.NotNull(escalation);
        Assert.Equal(ticket.TicketId, (string?)escalation.Properties["ticketId"]);
        Assert.Equal(triggerId, (string?)escalation.Properties["reason"]);
        var outcome = OutcomeEntities.Find(reply, OutcomeEntities.OutcomeType);
        Assert.NotNull(outcome);
        Assert.Equal("escalate", (string?)outcome.Properties["outcome"]);
        Assert.Equal(knowledge.Current.Version, (string?)outcome.Properties["knowledgeVersion"]);
    }
}
