using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Turns.Logging;

/// <summary>
/// Keeps the turn's logging scope open for the whole pipeline, so every line written while the turn runs (dialogs,
/// order system, store, escalation) carries ConversationId, ChannelId and ActivityId; covers proactive turns too.
/// </summary>
public sealed class TurnLogScopeMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ILogger<TurnLogScopeMiddleware> _logger;

    public TurnLogScopeMiddleware(ILogger<TurnLogScopeMiddleware> logger) => _logger = logger;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        using (TurnLogScope.Begin(_logger, turnContext.Activity))
        {
            await next(cancellationToken);
        }
    }
}
