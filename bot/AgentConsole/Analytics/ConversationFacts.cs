namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>What one stored conversation shows, read off the markers on the bot's activities.</summary>
public sealed record ConversationFacts(
    string ConversationId,
    bool CustomerSpoke,
    IReadOnlyList<OutcomeMark> Outcomes,
    IReadOnlyList<(string TicketId, string Reason)> Escalations,
    IReadOnlyList<StepMark> Steps,
    StepMark? AbandonedAt,
    IReadOnlyList<bool> SolvedAnswers,
    IReadOnlyList<string> NotUnderstood)
{
    public bool Escalated => Escalations.Count > 0;

    /// <summary>Contained: the bot gave an answer of its own and no person was needed.</summary>
    public bool Contained => !Escalated && Outcomes.Any(o => o.Outcome != EscalateOutcome);

    public const string EscalateOutcome = "escalate";
}
