using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Tests.Escalation.TestSupport;

namespace SupportBot.Bot.Tests.Security;

/// <summary>A customer chooses their own from.name; the agent must not see it as who is speaking.</summary>
public sealed class CustomerNameTests
{
    [Fact]
    public async Task A_customer_calling_themselves_the_store_manager_is_shown_to_agents_as_the_customer()
    {
        await using var host = new EscalationHost();
        var chat = new EmulatorChat(host) { CustomerName = "店長 (SupportBot staff)" };
        await chat.SayAsync("担当者と話したい");
        var ticket = Assert.Single(await host.Store.ListAsync(null, null, 10, CancellationToken.None));

        await chat.SayAsync("返金はまだですか");

        var said = Assert.Single(await host.Store.ReadMessagesAsync(ticket.Number, 0, CancellationToken.None), m => m.Sender == TicketSenders.Customer);
        Assert.Equal("返金はまだですか", said.Text);
        Assert.Null(said.SenderName);
    }
}
