namespace SupportBot.Bot.Escalation.Metrics;

/// <summary>Escalation rate and reasons over a period, for the operations issue's /metrics and analytics page.</summary>
public interface IEscalationFiguresQuery
{
    Task<EscalationFigures> QueryAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken);
}
