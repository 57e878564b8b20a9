using SupportBot.Knowledge;
using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Tests.Escalation.TestSupport;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.AgentConsole;

/// <summary>
/// The agent's side with an Emulator customer: take over (the customer is told a person answers), live chat both
/// ways (agent messages reach the customer's channel as proactive messages, customer messages reach the agent's
/// event stream at once), resolve and hand back (the bot answers again).
/// </summary>
public sealed class AgentTakeoverTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = SupportBot.Testing.Time.Patience.Hang;

    private readonly EscalationHost _host = new();
    private FakeChannelServer? _channel;

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        await _host.DisposeAsync();
    }

    [Fact]
    public async Task An_agent_takes_over_chats_both_ways_and_hands_back_to_the_bot()
    {
        _channel = await FakeChannelServer.StartAsync();
        var chat = new EmulatorChat(_host, _channel.ServiceUrl);
        var knowledge = _host.Knowledge;
        await chat.SayAsync("担当者と話したい");
        var ticket = Assert.Single(await _host.Store.ListAsync(null, TicketState.Queued, 10, CancellationToken.None));
        using var agent = new AgentSession(_host);
        await agent.SignInAsync();

        // Take over: the customer is told a person is answering.
        var takeOver = await agent.PostAsync($"/agent/api/tickets/{ticket.Number}/takeover");
        Assert.Equal(HttpStatusCode.NoContent, takeOver.StatusCode);
        var joined = await _channel.WaitForRepliesAsync(1, Patience);
        Assert.Equal(knowledge.Text(MessageKeys.EscalationAgentJoined, "ja"), Assert.Single(joined).Activity.Text);
        Assert.Equal(TicketState.Assigned, (await _host.Store.GetAsync(ticket.Number, CancellationToken.None))!.State);

        // Customer → agent, live: the event stream carries the message; the bot stays silent.
        using var events = await OpenEventsAsync(agent, ticket.Number);
        var replies = await chat.SayAsync("注文番号は250-1234567-1234567です。まだ届いていません");
        Assert.DoesNotContain(replies, r => r.Type == ActivityTypes.Message);
        var streamed = await ReadUntilAsync(events, "まだ届いていません");
        Assert.Contains("event: chat", streamed, StringComparison.Ordinal);

        // Agent → customer: a proactive message in the customer's channel.
        var send = await agent.PostAsync($"/agent/api/tickets/{ticket.Number}/messages", new { text = "田中です。確認しますので少々お待ちください。" });
        Assert.Equal(HttpStatusCode.NoContent, send.StatusCode);
        var afterSend = await _channel.WaitForRepliesAsync(2, Patience);
        Assert.Equal("田中です。確認しますので少々お待ちください。", afterSend[^1].Activity.Text);
        Assert.Equal("田中", afterSend[^1].Activity.From.Name);

        // Hand back: the closing message, the ticket resolved, and the bot answers the next message itself.
        var resolve = await agent.PostAsync($"/agent/api/tickets/{ticket.Number}/resolve");
        Assert.Equal(HttpStatusCode.NoContent, resolve.StatusCode);
        var afterResolve = await _channel.WaitForRepliesAsync(4, Patience);
        Assert.Equal(knowledge.Text(MessageKeys.EscalationHandedBack, "ja"), afterResolve[^2].Activity.Text);
        var resolved = (await _host.Store.GetAsync(ticket.Number, CancellationToken.None))!;
        Assert.Equal((TicketState.Resolved, TicketResolution.Resolved, EscalationHost.AgentUserName), (resolved.State, resolved.Resolution, resolved.AssignedTo));

        // One tap to rate (1-5), an optional word, then the menu: kept with the ticket.
        var survey = afterResolve[^1].Activity;
        Assert.Equal(knowledge.Text(MessageKeys.SurveyAskRating, "ja"), survey.Text);
        Assert.Equal(["1", "2", "3", "4", "5"], survey.SuggestedActions.Actions.Select(a => a.Title));
        var askComment = await chat.SayAsync("４");
        Assert.Contains(askComment, r => r.Text == knowledge.Text(MessageKeys.SurveyAskComment, "ja"));
        var thanks = await chat.SayAsync("とても丁寧でした");
        var menu = Assert.Single(thanks, r => r.Text == knowledge.Text(MessageKeys.SurveyThanks, "ja"));
        Assert.Equal(knowledge.Menu.Count, menu.SuggestedActions.Actions.Count);
        var bot = await chat.SayAsync("注文をキャンセルしたい");
        Assert.Contains(bot, r => r.Text == knowledge.Text(MessageKeys.CancelAskOrderNumber, "ja"));

        var messages = await _host.Store.ReadMessagesAsync(ticket.Number, 0, CancellationToken.None);
        Assert.Contains(messages, m => m.Sender == TicketSenders.System && m.SenderName == "satisfaction" && m.Text == "4");
        Assert.Contains(messages, m => m.Sender == TicketSenders.System && m.SenderName == "satisfaction_comment" && m.Text == "とても丁寧でした");

        // Leads see it by reason: one ticket, rated 4.
        var analytics = await agent.Http.GetStringAsync(new Uri("/agent/analytics", UriKind.Relative));
        Assert.Contains("id=\"desk-by-reason\"", analytics, StringComparison.Ordinal);
        Assert.Contains("4.0 (1)", analytics, StringComparison.Ordinal);
        Assert.Contains(messages, m => m.Sender == TicketSenders.Customer && m.Text.Contains("250-1234567-1234567", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Sender == TicketSenders.Agent && m.SenderName == EscalationHost.AgentUserName);
    }

    [Fact]
    public async Task A_ticket_another_agent_took_cannot_be_taken_written_to_or_resolved()
    {
        _channel = await FakeChannelServer.StartAsync();
        var chat = new EmulatorChat(_host, _channel.ServiceUrl);
        await chat.SayAsync("担当者と話したい");
        var ticket = Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None));
        using var first = new AgentSession(_host);
        using var second = new AgentSession(_host);
        await first.SignInAsync();
        await second.SignInAsync(EscalationHost.OtherAgentUserName);

        var taken = await first.PostAsync($"/agent/api/tickets/{ticket.Number}/takeover");
        var again = await first.PostAsync($"/agent/api/tickets/{ticket.Number}/takeover");
        var stolen = await second.PostAsync($"/agent/api/tickets/{ticket.Number}/takeover");
        var written = await second.PostAsync($"/agent/api/tickets/{ticket.Number}/messages", new { text = "hello" });
        var closedByOther = await second.PostAsync($"/agent/api/tickets/{ticket.Number}/resolve");
        var missing = await first.PostAsync("/agent/api/tickets/999999/takeover");

        Assert.Equal(
            (HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.NotFound),
            (taken.StatusCode, again.StatusCode, stolen.StatusCode, written.StatusCode, closedByOther.StatusCode, missing.StatusCode));
        Assert.Equal(TicketState.Assigned, (await _host.Store.GetAsync(ticket.Number, CancellationToken.None))!.State);
        // Only the taking agent's takeover notice reached the customer; the refused message never did.
        Assert.Single(await _channel.WaitForRepliesAsync(1, Patience));
    }

    [Fact]
    public async Task The_queue_lists_oldest_first_with_the_wait_and_last_message_and_filters_by_reason()
    {
        foreach (var text in new[] { "担当者と話したい", "ほげほげ", "担当者と話したい" })
        {
            var chat = new EmulatorChat(_host);
            await chat.SayAsync(text);
            if (text == "ほげほげ")
            {
                await chat.SayAsync("ふがふが");
                await chat.SayAsync(_host.Knowledge.Text(MessageKeys.CommonYes, "ja"));
            }
        }

        using var agent = new AgentSession(_host);
        await agent.SignInAsync();
        var all = await agent.Http.GetStringAsync(new Uri("/agent/api/tickets", UriKind.Relative));
        var filtered = await agent.Http.GetStringAsync(new Uri("/agent/api/tickets?reason=not_understood", UriKind.Relative));
        var page = await agent.Http.GetStringAsync(new Uri("/agent?reason=customer_request", UriKind.Relative));

        var numbers = Newtonsoft.Json.Linq.JArray.Parse(all).Select(t => (long)t["number"]!).ToList();
        Assert.Equal(numbers.Order(), numbers);
        var wholePage = await agent.Http.GetStringAsync(new Uri("/agent", UriKind.Relative));
        Assert.Contains("class=\"waiting\"", wholePage, StringComparison.Ordinal);
        Assert.Contains("class=\"preview\">担当者と話したい<", wholePage, StringComparison.Ordinal);   // the last thing that customer said
        Assert.Contains(_host.Knowledge.Escalation.For(EscalationTrigger.CustomerRequest).When.Ja, wholePage, StringComparison.Ordinal);
        Assert.Equal(3, numbers.Count);
        Assert.Equal("not_understood", (string)Assert.Single(Newtonsoft.Json.Linq.JArray.Parse(filtered))["reason"]!);
        Assert.Equal(2, page.Split("<tr data-ticket=").Length - 1);
    }

    [Fact]
    public async Task The_queue_stream_announces_a_new_ticket_at_once()
    {
        using var agent = new AgentSession(_host);
        await agent.SignInAsync();
        var response = await agent.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/agent/api/queue/events"), HttpCompletionOption.ResponseHeadersRead);
        using var events = await response.Content.ReadAsStreamAsync();
        // The headers are flushed only after the stream has taken its first look at the queue, so no wait is needed here.

        await new EmulatorChat(_host).SayAsync("担当者と話したい");

        Assert.Contains("event: changed", await ReadUntilAsync(events, "event: changed"), StringComparison.Ordinal);
    }

    private static async Task<Stream> OpenEventsAsync(AgentSession agent, long number)
    {
        var response = await agent.Http.SendAsync(
            new HttpRequestMessage(HttpMethod.Get, $"/agent/api/tickets/{number}/events"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStreamAsync();
    }

    private static async Task<string> ReadUntilAsync(Stream events, string expected)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var seen = new StringBuilder();
        var buffer = new byte[4096];
        while (!seen.ToString().Contains(expected, StringComparison.Ordinal))
        {
            var read = await events.ReadAsync(buffer, timeout.Token);
            Assert.True(read > 0, "The event stream ended early.");
            seen.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return seen.ToString();
    }
}
