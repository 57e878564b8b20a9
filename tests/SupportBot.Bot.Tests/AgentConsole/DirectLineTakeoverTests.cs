using SupportBot.Knowledge;
using System.Net;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Escalation.TestSupport;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.AgentConsole;

/// <summary>The agent's messages reach a Web Chat customer: proactive messages through the Direct Line channel's log.</summary>
public sealed class DirectLineTakeoverTests : IAsyncDisposable
{
    private readonly EscalationHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Take_over_and_agent_messages_reach_the_direct_line_conversation()
    {
        var customer = await PageConversation.StartAsync(_host.Factory);
        await customer.Client.PostActivityAsync(customer.ConversationId, DirectLineClient.UserMessage("担当者と話したい", customer.UserId, "c-1"));
        var (history, watermark) = await customer.Client.PollUntilAsync(customer.ConversationId, null, 3, Patience.Hang);
        Assert.Contains(history, a => ((string?)a["text"])?.Contains("ESC-", StringComparison.Ordinal) == true);
        var ticket = Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None));
        using var agent = new AgentSession(_host);
        await agent.SignInAsync();

        var takeOver = await agent.PostAsync($"/agent/api/tickets/{ticket.Number}/takeover");
        var send = await agent.PostAsync($"/agent/api/tickets/{ticket.Number}/messages", new { text = "担当者です" });
        var (after, _) = await customer.Client.PollUntilAsync(customer.ConversationId, watermark, 2, Patience.Hang);

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (takeOver.StatusCode, send.StatusCode));
        Assert.Equal(
            new[] { _host.Knowledge.Text(MessageKeys.EscalationAgentJoined, "ja"), "担当者です" },
            after.Select(a => (string)a["text"]!).ToArray());
        Assert.Equal(TicketState.Assigned, (await _host.Store.GetAsync(ticket.Number, CancellationToken.None))!.State);
    }

    [Fact]
    public async Task A_direct_line_customer_cannot_close_or_take_their_own_ticket_with_a_handoff_status_event()
    {
        var customer = await PageConversation.StartAsync(_host.Factory);
        await customer.Client.PostActivityAsync(customer.ConversationId, DirectLineClient.UserMessage("担当者と話したい", customer.UserId, "c-1"));
        await customer.Client.PollUntilAsync(customer.ConversationId, null, 3, Patience.Hang);

        foreach (var state in new[] { "accepted", "completed" })
        {
            var (status, _) = await customer.Client.PostActivityAsync(customer.ConversationId, new
            {
                type = "event",
                name = "handoff.status",
                value = new { state },
                from = new { id = customer.UserId, role = "user" },
            });
            Assert.Equal(HttpStatusCode.OK, status);
        }

        Assert.Equal(TicketState.Queued, Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None)).State);
    }
}
