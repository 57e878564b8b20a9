namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>
/// The figures for a period. Conversations count those in which the customer wrote at least once; contained ones got
/// an answer of the bot's own and no escalation; escalated ones opened a ticket.
/// </summary>
public sealed record AnalyticsReport(
    AnalyticsPeriod Period,
    int Conversations,
    int Contained,
    int Escalated,
    IReadOnlyList<CountRow> EscalationReasons,
    IReadOnlyList<OutcomeRow> Outcomes,
    IReadOnlyList<DialogFunnel> Funnels,
    int SolvedYes,
    int SolvedNo,
    IReadOnlyList<CountRow> NotUnderstood)
{
    public double ContainmentRate => Rate(Contained);

    public double EscalationRate => Rate(Escalated);

    private double Rate(int count) => Conversations == 0 ? 0 : (double)count / Conversations;
}
