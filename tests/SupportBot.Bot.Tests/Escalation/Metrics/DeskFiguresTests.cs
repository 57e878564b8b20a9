using SupportBot.Bot.Escalation.Metrics;

namespace SupportBot.Bot.Tests.Escalation.Metrics;

/// <summary>The desk's figures: medians of minutes to take-over and of handle time, mean satisfaction, by reason and rule.</summary>
public sealed class DeskFiguresTests
{
    private static readonly DateTimeOffset T = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Medians_and_means_count_only_tickets_that_got_that_far()
    {
        var tickets = new[]
        {
            new DeskTicket("customer_request", "shipped-store → refuse_delivery", T, T.AddMinutes(2), T.AddMinutes(12), 5),
            new DeskTicket("customer_request", null, T, T.AddMinutes(4), T.AddMinutes(10), 3),
            new DeskTicket("customer_request", null, T, T.AddMinutes(30), null, null),     // still being handled
            new DeskTicket("refund_overdue", "shipped-store → refuse_delivery", T, null, null, null), // never taken over
        };

        var figures = DeskTicket.Summarise(tickets);

        var request = figures.ByReason[0];
        Assert.Equal(("customer_request", 3, 4.0, 8.0, 4.0, 2), (request.Group, request.Tickets, request.TakeOverMinutes, request.HandleMinutes, request.Satisfaction, request.Ratings));
        var overdue = figures.ByReason[1];
        Assert.Equal(("refund_overdue", 1, (double?)null, (double?)null, (double?)null, 0), (overdue.Group, overdue.Tickets, overdue.TakeOverMinutes, overdue.HandleMinutes, overdue.Satisfaction, overdue.Ratings));
        var rule = Assert.Single(figures.ByRule);
        Assert.Equal(("shipped-store → refuse_delivery", 2, 2.0, 10.0, 5.0), (rule.Group, rule.Tickets, rule.TakeOverMinutes, rule.HandleMinutes, rule.Satisfaction));
    }
}
