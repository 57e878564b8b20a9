using SupportBot.Bot.Escalation.Metrics;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>Figures straight from the shared store, so every instance answers the same.</summary>
public sealed class StoreEscalationFiguresQuery : IEscalationFiguresQuery
{
    private readonly IEscalationStore _store;

    public StoreEscalationFiguresQuery(IEscalationStore store) => _store = store;

    public Task<EscalationFigures> QueryAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        _store.FiguresAsync(since, until, cancellationToken);

    public async Task<DeskFigures> DeskAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
        DeskTicket.Summarise(await _store.DeskTicketsAsync(since, until, cancellationToken));
}
