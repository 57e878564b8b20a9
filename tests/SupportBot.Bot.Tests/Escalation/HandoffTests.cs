using SupportBot.Knowledge;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Bot.Tests.Escalation.TestSupport;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>
/// The customer's side of a hand-over: messages while waiting go to the ticket, escalating twice keeps one ticket,
/// withdrawing returns to the bot, and an agent hub's handoff.status events move the ticket and tell the customer.
/// </summary>
public sealed class HandoffTests : IAsyncDisposable
{
    private readonly EscalationHost _host = new();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Messages_while_waiting_go_to_the_ticket_instead_of_the_bot()
    {
        var chat = new EmulatorChat(_host);
        var told = await chat.SayAsync("担当者と話したい");
        var ticketId = EscalationReplies.Escalation(told)!.Value.TicketId;

        var replies = await chat.SayAsync("注文をキャンセルしたい");

        var reply = Assert.Single(replies, r => r.Type == ActivityTypes.Message);
        Assert.Equal(_host.Knowledge.Text(MessageKeys.EscalationMessageQueued, "ja", ("ticketId", ticketId)), reply.Text);
        Assert.Equal(_host.Knowledge.Text(MessageKeys.EscalationWithdrawButton, "ja"), Assert.Single(reply.SuggestedActions.Actions).Value);
        var ticket = Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None));
        var message = Assert.Single(await _host.Store.ReadMessagesAsync(ticket.Number, 0, CancellationToken.None));
        Assert.Equal((TicketSenders.Customer, "注文をキャンセルしたい"), (message.Sender, message.Text));
    }

    [Fact]
    public async Task A_question_the_knowledge_answers_while_waiting_is_answered_and_still_goes_to_the_ticket()
    {
        var chat = new EmulatorChat(_host);
        var ticketId = EscalationReplies.Escalation(await chat.SayAsync("担当者と話したい"))!.Value.TicketId;

        var replies = (await chat.SayAsync("受取拒否や返品の送料は誰が負担しますか？")).Where(r => r.Type == ActivityTypes.Message).ToList();

        Assert.Equal(2, replies.Count);
        Assert.Contains(replies[0].Entities, e => e.Type == "supportbot/answer");
        Assert.Equal(_host.Knowledge.Text(MessageKeys.EscalationMessageQueued, "ja", ("ticketId", ticketId)), replies[1].Text);
        var ticket = Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None));
        Assert.Equal("受取拒否や返品の送料は誰が負担しますか？", Assert.Single(await _host.Store.ReadMessagesAsync(ticket.Number, 0, CancellationToken.None)).Text);
    }

    [Fact]
    public async Task A_statement_holding_a_question_word_while_waiting_gets_only_the_queue_line()
    {
        var chat = new EmulatorChat(_host);
        var ticketId = EscalationReplies.Escalation(await chat.SayAsync("担当者と話したい"))!.Value.TicketId;

        var replies = (await chat.SayAsync("お金が戻るまで待ちます。ありがとうございます")).Where(r => r.Type == ActivityTypes.Message).ToList();

        Assert.Equal(_host.Knowledge.Text(MessageKeys.EscalationMessageQueued, "ja", ("ticketId", ticketId)), Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("どのくらい待ちますか？")]
    [InlineData("how long do I have to wait?")]
    public async Task Asking_how_long_the_wait_is_gets_the_queue_line_not_an_faq_answer(string text)
    {
        var chat = new EmulatorChat(_host);
        var ticketId = EscalationReplies.Escalation(await chat.SayAsync("担当者と話したい"))!.Value.TicketId;

        var replies = (await chat.SayAsync(text)).Where(r => r.Type == ActivityTypes.Message).ToList();

        var reply = Assert.Single(replies);
        Assert.Equal(_host.Knowledge.Text(MessageKeys.EscalationMessageQueued, "ja", ("ticketId", ticketId)), reply.Text);
    }

    [Theory]
    [InlineData("担当者を待つ間に、受取拒否のやり方だけ教えてください。")]
    [InlineData("箱は開けとらん。ほいで返すときは何で送りゃええんな")]
    public async Task A_question_about_the_order_asked_while_waiting_is_still_answered(string question)
    {
        var chat = new EmulatorChat(_host);
        _ = await chat.SayAsync("担当者と話したい");

        var replies = (await chat.SayAsync(question)).Where(r => r.Type == ActivityTypes.Message).ToList();

        Assert.Equal(2, replies.Count);
        Assert.Contains(replies[0].Entities, e => e.Type == "supportbot/answer");
    }

    [Fact]
    public async Task A_topic_out_of_scope_named_while_waiting_is_declined_by_name_and_still_goes_to_the_ticket()
    {
        var chat = new EmulatorChat(_host);
        _ = await chat.SayAsync("担当者と話したい");

        var replies = (await chat.SayAsync("あとクーポンとかもらえたりしない？")).Where(r => r.Type == ActivityTypes.Message).ToList();

        Assert.Equal(2, replies.Count);
        Assert.Contains(replies[0].Entities, e => e.Type == "supportbot/outOfScope");
        Assert.Single(await _host.Store.ReadMessagesAsync(Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None)).Number, 0, CancellationToken.None));
    }

    [Fact]
    public async Task The_escalation_message_gives_the_ticket_number_the_hours_and_a_way_to_withdraw()
    {
        var chat = new EmulatorChat(_host);
        var knowledge = _host.Knowledge;

        var message = Assert.Single(await chat.SayAsync("担当者と話したい"), r => r.Type == ActivityTypes.Message);

        var ticketId = EscalationReplies.Escalation([message])!.Value.TicketId;
        Assert.Contains(knowledge.Text(MessageKeys.EscalationTicket, "ja", ("ticketId", ticketId)), message.Text, StringComparison.Ordinal);
        // Open or closed by the desk's hours in store.yaml: either way the line names them.
        Assert.Contains(knowledge.Store.Desk!.Label.For("ja"), message.Text, StringComparison.Ordinal);
        Assert.Contains(knowledge.Text(MessageKeys.EscalationQueueNext, "ja"), message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0件", message.Text, StringComparison.Ordinal);
        Assert.Contains(message.Entities, e => e.Type == "supportbot/outcome" && (string?)e.Properties["outcome"] == "escalate");
        Assert.Equal(knowledge.Text(MessageKeys.EscalationWithdrawButton, "ja"), Assert.Single(message.SuggestedActions.Actions).Value);
    }

    [Fact]
    public async Task The_queue_position_counts_the_tickets_still_waiting_ahead()
    {
        var first = new EmulatorChat(_host);
        var second = new EmulatorChat(_host);
        var third = new EmulatorChat(_host);
        await first.SayAsync("担当者と話したい");
        await second.SayAsync("担当者と話したい");
        await first.SayAsync(_host.Knowledge.Text(MessageKeys.EscalationWithdrawButton, "ja"));

        var told = await third.SayAsync("担当者と話したい");

        Assert.Contains(_host.Knowledge.Text(MessageKeys.EscalationQueuePosition, "ja", ("ahead", "1")), EscalationReplies.Texts(told), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Escalating_again_while_a_ticket_is_open_keeps_one_ticket_and_one_handoff_event()
    {
        var chat = new EmulatorChat(_host);
        var first = await chat.SayAsync("担当者と話したい");
        var opened = await _host.Store.OpenAsync(new("emulator", chat.ConversationId), "customer_request", Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None)).Payload, "{}", CancellationToken.None);
        var second = await chat.SayAsync("担当者と話したい");

        Assert.False(opened.Created);
        Assert.NotNull(EscalationReplies.HandoffInitiation(first));
        Assert.Null(EscalationReplies.HandoffInitiation(second));
        Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None));
    }

    public static TheoryData<string, string> Withdrawals => new()
    {
        { "ja-JP", "担当者への依頼を取り消す" },
        { "en-US", "Withdraw my request for a person" },
        { "ja-JP", "やめる" },
        { "en-US", "never mind" },
    };

    [Theory]
    [MemberData(nameof(Withdrawals))]
    public async Task Withdrawing_closes_the_ticket_and_the_bot_answers_again(string locale, string text)
    {
        var chat = new EmulatorChat(_host, locale: locale);
        var language = locale[..2];
        var told = await chat.SayAsync(language == "ja" ? "担当者と話したい" : "I want to talk to a person");
        var ticketId = EscalationReplies.Escalation(told)!.Value.TicketId;

        var withdrawn = await chat.SayAsync(text);
        var next = await chat.SayAsync(language == "ja" ? "注文をキャンセルしたい" : "I want to cancel my order");

        Assert.Equal(_host.Knowledge.Text(MessageKeys.EscalationWithdrawn, language, ("ticketId", ticketId)), Assert.Single(withdrawn, r => r.Type == ActivityTypes.Message).Text);
        var ticket = Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None));
        Assert.Equal((TicketState.Resolved, TicketResolution.Withdrawn), (ticket.State, ticket.Resolution));
        Assert.Contains(next, r => r.Text == _host.Knowledge.Text(MessageKeys.CancelAskOrderNumber, language));
    }

    [Fact]
    public async Task A_quit_word_goes_to_the_person_once_they_answer_and_a_new_escalation_after_withdrawal_gets_a_new_ticket()
    {
        var chat = new EmulatorChat(_host);
        await chat.SayAsync("担当者と話したい");
        await chat.HandoffStatusAsync("accepted");

        var quit = await chat.SayAsync("やめる");
        await chat.SayAsync(_host.Knowledge.Text(MessageKeys.EscalationWithdrawButton, "ja"));
        var again = await chat.SayAsync("担当者と話したい");

        Assert.DoesNotContain(quit, r => r.Type == ActivityTypes.Message);
        var tickets = await _host.Store.ListAsync(null, null, 10, CancellationToken.None);
        Assert.Equal(2, tickets.Count);
        Assert.Equal(tickets[0].TicketId, EscalationReplies.Escalation(again)!.Value.TicketId);
        Assert.Equal((TicketState.Queued, TicketState.Resolved), (tickets[0].State, tickets[1].State));
    }

    [Fact]
    public async Task Handoff_status_accepted_failed_and_completed_move_the_ticket_and_tell_the_customer()
    {
        var chat = new EmulatorChat(_host);
        var knowledge = _host.Knowledge;
        var told = await chat.SayAsync("担当者と話したい");
        var ticketId = EscalationReplies.Escalation(told)!.Value.TicketId;
        var number = Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None)).Number;

        var failed = await chat.HandoffStatusAsync("failed", "no agents online");
        var afterFailed = (await _host.Store.GetAsync(number, CancellationToken.None))!.State;
        var accepted = await chat.HandoffStatusAsync("accepted");
        var afterAccepted = (await _host.Store.GetAsync(number, CancellationToken.None))!;
        var completed = await chat.HandoffStatusAsync("completed");
        var afterCompleted = (await _host.Store.GetAsync(number, CancellationToken.None))!;
        var bot = await chat.SayAsync("注文をキャンセルしたい");

        Assert.Equal(knowledge.Text(MessageKeys.EscalationHandoffFailed, "ja", ("ticketId", ticketId)), Assert.Single(failed).Text);
        Assert.Equal(TicketState.Queued, afterFailed);
        Assert.Equal(knowledge.Text(MessageKeys.EscalationAgentJoined, "ja"), Assert.Single(accepted).Text);
        Assert.Equal(TicketState.Assigned, afterAccepted.State);
        Assert.Equal(knowledge.Text(MessageKeys.EscalationHandedBack, "ja"), Assert.Single(completed).Text);
        Assert.Equal((TicketState.Resolved, TicketResolution.HandoffCompleted), (afterCompleted.State, afterCompleted.Resolution));
        Assert.Contains(bot, r => r.Text == knowledge.Text(MessageKeys.CancelAskOrderNumber, "ja"));
    }

    [Fact]
    public async Task A_handoff_status_with_an_unknown_state_changes_nothing()
    {
        var chat = new EmulatorChat(_host);
        await chat.SayAsync("担当者と話したい");

        var replies = await chat.HandoffStatusAsync("teleported");

        Assert.Empty(replies);
        Assert.Equal(TicketState.Queued, Assert.Single(await _host.Store.ListAsync(null, null, 10, CancellationToken.None)).State);
    }
}
