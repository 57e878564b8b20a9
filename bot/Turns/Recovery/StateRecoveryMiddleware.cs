using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
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

    // The turn whose state was unreadable, for the retry's callback (the pipeline is built once, not per turn).
    private static readonly ResiliencePropertyKey<ITurnContext> Turn = new("SupportBot.StateRecovery.Turn");

    private readonly ResiliencePipeline _recovery;

    public StateRecoveryMiddleware(IStateResetResponder responder, ILogger<StateRecoveryMiddleware> logger, StoreMetrics metrics)
    {
        _metrics = metrics;
        _responder = responder;
        _logger = logger;
        // Polly runs the turn again at once after each unreadable item (the storage already deleted it); the customer
        // is told once.
        _recovery = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<StoredStateCorruptedException>(),
                MaxRetryAttempts = MaxAttempts - 1,
                Delay = TimeSpan.Zero,
                OnRetry = async args =>
                {
                    var turnContext = args.Context.Properties.GetValue(Turn, null!);
                    TurnLog.StateReset(_logger, turnContext.Activity?.Conversation?.Id ?? string.Empty);
                    _metrics.Failed("state_read");
                    if (args.AttemptNumber == 0)
                    {
                        await _responder.OnStateResetAsync(turnContext, args.Context.CancellationToken);
                    }
                },
            })
            .Build();
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Turn, turnContext);
        try
        {
            await _recovery.ExecuteAsync(static async (ctx, run) => await run(ctx.CancellationToken), context, next);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
