using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Escalation.Lapse;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Tests.Escalation.TestSupport;
using SupportBot.Knowledge;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>
/// A queue position counts only customers still there: a queued customer who goes quiet is asked whether they still
/// need help, an answer keeps the ticket, silence lets it lapse, and nothing is asked while the desk is closed.
/// </summary>
public sealed class QueueLapseTests : IAsyncDisposable
{
    // Tuesday 10:00 in Tokyo: the desk of store.yaml is open.
    private static readonly DateTimeOffset Opening = new(2026, 12, 8, 1, 0, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(Opening);
    private readonly EscalationHost _host;
    private FakeChannelServer? _channel;

    public QueueLapseTests() => _host = new EscalationHost(
        extraSettings: new Dictionary<string, string?> { ["Escalation:Lapse:CheckEverySeconds"] = "3600" },
        testServices: services => services.AddSingleton<TimeProvider>(_clock));

    public async ValueTask DisposeAsync()
    {
        if (_channel is not null)
        {
            await _channel.DisposeAsync();
        }

        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_silent_queued_customer_is_asked_an_answer_keeps_the_ticket_and_silence_lets_it_lapse()
    {
        _channel = await FakeChannelServer.StartAsync();
        var chat = new EmulatorChat(_host, _channel.ServiceUrl);
        var knowledge = _host.Knowledge;
        await chat.SayAsync("担当者と話したい");
        var ticket = Assert.Single(await _host.Store.ListAsync(null, TicketState.Queued, 10, CancellationToken.None));
        var lapse = _host.Factory.Services.GetRequiredService<QueuedTicketLapse>();

        var early = await PassAsync(lapse, TimeSpan.FromMinutes(14));
        var asked = await PassAsync(lapse, TimeSpan.FromMinutes(2));
        var question = Assert.Single(await _channel.WaitForRepliesAsync(1, Patience.Hang)).Activity;
        await chat.SayAsync(knowledge.Text(MessageKeys.EscalationStillWaitingButton, "ja"));
        var afterAnswer = await PassAsync(lapse, TimeSpan.FromMinutes(12));
        var askedAgain = await PassAsync(lapse, TimeSpan.FromMinutes(4));
        var notYet = await PassAsync(lapse, TimeSpan.FromMinutes(9));
        var lapsed = await PassAsync(lapse, TimeSpan.FromMinutes(2));
        var told = await _channel.WaitForRepliesAsync(3, Patience.Hang);

        Assert.Equal((0, 0), early);
        Assert.Equal((1, 0), asked);
        Assert.Equal(knowledge.Text(MessageKeys.EscalationStillWaiting, "ja", ("ticketId", ticket.TicketId), ("minutes", "10")), question.Text);
        Assert.Equal(
            [knowledge.Text(MessageKeys.EscalationStillWaitingButton, "ja"), knowledge.Text(MessageKeys.EscalationWithdrawButton, "ja")],
            question.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal((0, 0), afterAnswer);
        Assert.Equal((1, 0), askedAgain);
        Assert.Equal((0, 0), notYet);
        Assert.Equal((0, 1), lapsed);
        Assert.Equal(knowledge.Text(MessageKeys.EscalationLapsed, "ja", ("ticketId", ticket.TicketId)), told[^1].Activity.Text);
        var closed = (await _host.Store.GetAsync(ticket.Number, CancellationToken.None))!;
        Assert.Equal((TicketState.Resolved, TicketResolution.Lapsed), (closed.State, closed.Resolution));

        // The next customer is not counted behind the one who left, and the first one's next message is the bot's again.
        var next = await new EmulatorChat(_host).SayAsync("担当者と話したい");
        Assert.Contains(next, r => r.Text?.Contains(knowledge.Text(MessageKeys.EscalationQueueNext, "ja"), StringComparison.Ordinal) == true);
        var back = await chat.SayAsync("注文をキャンセルしたい");
        Assert.Contains(back, r => r.Text == knowledge.Text(MessageKeys.CancelAskOrderNumber, "ja"));
    }

    [Fact]
    public async Task Nothing_is_asked_while_the_desk_is_closed_and_the_ticket_waits_for_it()
    {
        var chat = new EmulatorChat(_host);
        await chat.SayAsync("担当者と話したい");
        var lapse = _host.Factory.Services.GetRequiredService<QueuedTicketLapse>();

        // 19:00 in Tokyo, then the whole night: closed.
        var evening = await PassAsync(lapse, TimeSpan.FromHours(9));
        var night = await PassAsync(lapse, TimeSpan.FromHours(12));

        Assert.Equal((0, 0), evening);
        Assert.Equal((0, 0), night);
        Assert.Single(await _host.Store.ListAsync(null, TicketState.Queued, 10, CancellationToken.None));
    }

    private Task<(int Asked, int Lapsed)> PassAsync(QueuedTicketLapse lapse, TimeSpan later)
    {
        _clock.Now += later;
        return lapse.RunOnceAsync(_clock.Now, CancellationToken.None);
    }

    /// <summary>A clock the test moves; timers stay the system's, so nothing else fires early.</summary>
    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
