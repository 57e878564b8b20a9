using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.State;

namespace SupportBot.Bot.Turns.Recovery;

/// <summary>
/// Turns unreadable stored state into a fresh start: the storage has already deleted the bad item, so this
/// apologises through <see cref="IStateResetResponder"/> and runs the same turn again on empty state.
/// Only the affected conversation notices.
/// </summary>
public sealed class StateRecoveryMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    // Each attempt deletes one unreadable item (conversation state, user state...); more means something else is wrong.
    private const int MaxAttempts = 3;

    private readonly IStateResetResponder _responder;
    private readonly ILogger<StateRecoveryMiddleware> _logger;
    private readonly StoreMetrics _metrics;

    public StateRecoveryMiddleware(IStateResetResponder responder, ILogger<StateRecoveryMiddleware> logger, StoreMetrics metrics)
    {
        _metrics = metrics;
        _responder = responder;
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(cancellationToken);
                return;
            }
            catch (StoredStateCorruptedException) when (attempt < MaxAttempts)
            {
                TurnLog.StateReset(_logger, turnContext.Activity?.Conversation?.Id ?? string.Empty);
                _metrics.Failed("state_read");
                if (attempt == 1)
                {
                    await _responder.OnStateResetAsync(turnContext, cancellationToken);
                }
            }
        }
    }
}
