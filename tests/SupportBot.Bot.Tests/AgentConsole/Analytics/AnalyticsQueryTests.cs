using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.AgentConsole.Analytics;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Tests.AgentConsole.Analytics;

[Collection(KnownConversationsGroup.Name)]
public sealed class AnalyticsQueryTests
{
    private readonly KnownConversations _known;

    public AnalyticsQueryTests(KnownConversations known) => _known = known;

    private static AnalyticsPeriod Today => new(DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(DateTime.UtcNow));

    private Task<AnalyticsReport> ReportAsync(AnalyticsPeriod period) =>
        _known.Factory.Services.GetRequiredService<AnalyticsQuery>().RunAsync(period, CancellationToken.None);

    [Fact]
    public async Task Conversations_containment_and_escalation_count_the_conversations_in_which_the_customer_wrote()
    {
        var report = await ReportAsync(Today);

        Assert.Equal(6, report.Conversations);
        Assert.Equal(1, report.Contained);
        Assert.Equal(2, report.Escalated);
        Assert.Equal(1.0 / 6, report.ContainmentRate, 10);
        Assert.Equal(2.0 / 6, report.EscalationRate, 10);
    }

    [Fact]
    public async Task Escalation_reasons_are_counted_once_per_ticket()
    {
        var report = await ReportAsync(Today);

        Assert.Equal(
            [new CountRow(KnowledgeIds.Id(EscalationTrigger.CustomerRequest), 1), new CountRow(KnowledgeIds.Id(EscalationTrigger.NotSolved), 1)],
            report.EscalationReasons.OrderBy(r => r.Label, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Outcomes_are_counted_per_decision_rule_including_the_escalations()
    {
        var report = await ReportAsync(Today);
        var decision = _known.CancelDecision;

        Assert.Equal(
            new[]
            {
                new OutcomeRow(decision.RuleId, KnowledgeIds.Id(decision.Outcome), 2),
                new OutcomeRow("escalation." + KnowledgeIds.Id(EscalationTrigger.CustomerRequest), "escalate", 1),
                new OutcomeRow("escalation." + KnowledgeIds.Id(EscalationTrigger.NotSolved), "escalate", 1),
            },
            report.Outcomes);
    }

    [Fact]
    public async Task The_funnel_shows_each_question_reached_and_where_customers_stopped()
    {
        var report = await ReportAsync(Today);

        var cancellation = Assert.Single(report.Funnels, f => f.Dialog == "CancellationDialog");
        Assert.Equal(
            new[]
            {
                new FunnelStep(MessageKeys.CancelAskOrderNumber.Name, 3, 0),
                new FunnelStep(MessageKeys.CancelAskStage.Name, 3, 1),
                new FunnelStep(MessageKeys.CancelAskSeller.Name, 2, 0),
                new FunnelStep(MessageKeys.CancelAskPayment.Name, 2, 0),
                new FunnelStep(MessageKeys.CommonDidThatSolve.Name, 2, 0),
            },
            cancellation.Steps);
        var main = Assert.Single(report.Funnels, f => f.Dialog == "MainDialog");
        Assert.Equal([new FunnelStep(MessageKeys.MenuPrompt.Name, 2, 2)], main.Steps);
        Assert.Equal(["CancellationDialog", "MainDialog"], report.Funnels.Select(f => f.Dialog));
    }

    [Fact]
    public async Task Did_that_solve_it_answers_are_counted_yes_and_no()
    {
        var report = await ReportAsync(Today);

        Assert.Equal((1, 1), (report.SolvedYes, report.SolvedNo));
    }

    [Fact]
    public async Task Not_understood_messages_are_grouped_by_their_folded_text_most_frequent_first_and_masked()
    {
        var report = await ReportAsync(Today);

        Assert.Equal(
            [new CountRow(KnownConversations.Unknown, 2), new CountRow(KnownConversations.UnknownTwice, 1), new CountRow("折り返しは[PHONE]へ", 1)],
            report.NotUnderstood);
    }

    [Fact]
    public async Task Conversations_that_started_outside_the_period_are_left_out()
    {
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

        var report = await ReportAsync(new AnalyticsPeriod(yesterday.AddDays(-6), yesterday));

        Assert.Equal(0, report.Conversations);
        Assert.Empty(report.Funnels);
        Assert.Empty(report.NotUnderstood);
    }
}
