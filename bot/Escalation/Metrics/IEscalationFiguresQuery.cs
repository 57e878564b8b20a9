namespace SupportBot.Bot.Escalation.Metrics;

/// <summary>Escalation rate and reasons over a period, for the operations issue's /metrics and analytics page.</summary>
public interface IEscalationFiguresQuery
{
    Task<EscalationFigures> QueryAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Take-over time, handle time and satisfaction of the tickets opened in the period, by reason and by rule.</summary>
    Task<DeskFigures> DeskAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
