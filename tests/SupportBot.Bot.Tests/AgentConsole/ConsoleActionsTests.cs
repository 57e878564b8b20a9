using System.Net;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Tests.Escalation.TestSupport;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.AgentConsole;

/// <summary>What an agent does besides chatting: internal notes, handing a conversation to a colleague, how it ended.</summary>
public sealed class ConsoleActionsTests : IAsyncDisposable
{
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
    public async Task A_note_stays_on_the_ticket_a_transfer_moves_the_chat_and_the_disposition_is_kept()
    {
        _channel = await FakeChannelServer.StartAsync();
        var chat = new EmulatorChat(_host, _channel.ServiceUrl);
        await chat.SayAsync("担当者と話したい");
        var ticket = Assert.Single(await _host.Store.ListAsync(null, TicketState.Queued, 10, CancellationToken.None));
        using var tanaka = new AgentSession(_host);
        using var suzuki = new AgentSession(_host);
        await tanaka.SignInAsync();
        await suzuki.SignInAsync(EscalationHost.OtherAgentUserName);
        var path = $"/agent/api/tickets/{ticket.Number}";

        var taken = await tanaka.PostAsync(path + "/takeover");
        var note = await suzuki.PostAsync(path + "/notes", new { text = "前回も同じ注文で問い合わせあり" });
        var toNobody = await tanaka.PostAsync(path + "/transfer", new { to = "nobody" });
        var notHis = await suzuki.PostAsync(path + "/transfer", new { to = EscalationHost.AgentUserName });
        var transferred = await tanaka.PostAsync(path + "/transfer", new { to = "SUZUKI" });
        var oldAgentWrites = await tanaka.PostAsync(path + "/messages", new { text = "まだ私です" });
        var newAgentWrites = await suzuki.PostAsync(path + "/messages", new { text = "鈴木が引き継ぎました" });
        var badDisposition = await suzuki.PostAsync(path + "/resolve", new { disposition = "teleport" });
        var resolved = await suzuki.PostAsync(path + "/resolve", new { disposition = "cancel" });

        Assert.Equal(
            [HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.BadRequest, HttpStatusCode.Conflict, HttpStatusCode.NoContent, HttpStatusCode.Conflict, HttpStatusCode.NoContent, HttpStatusCode.BadRequest, HttpStatusCode.NoContent],
            new[] { taken, note, toNobody, notHis, transferred, oldAgentWrites, newAgentWrites, badDisposition, resolved }.Select(r => r.StatusCode));
        var closed = (await _host.Store.GetAsync(ticket.Number, CancellationToken.None))!;
        Assert.Equal((TicketState.Resolved, EscalationHost.OtherAgentUserName), (closed.State, closed.AssignedTo));
        var messages = await _host.Store.ReadMessagesAsync(ticket.Number, 0, CancellationToken.None);
        Assert.Contains(messages, m => m.Sender == TicketSenders.Note && m.SenderName == EscalationHost.OtherAgentUserName && m.Text == "前回も同じ注文で問い合わせあり");
        Assert.Contains(messages, m => m.Sender == TicketSenders.System && m.Text == "transferred");
        Assert.Contains(messages, m => m.Sender == TicketSenders.System && m.SenderName == "disposition" && m.Text == "cancel");

        // The customer saw the take-over, the new agent's message, the hand-back and the survey; never the note.
        var seen = (await _channel.WaitForRepliesAsync(4, Patience.Hang)).Select(r => r.Activity.Text ?? string.Empty).ToList();
        Assert.Contains("鈴木が引き継ぎました", seen);
        Assert.DoesNotContain(seen, t => t.Contains("前回も同じ注文", StringComparison.Ordinal) || t.Contains("まだ私です", StringComparison.Ordinal));
    }
}
