using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using SupportBot.Bot.Activities;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>
/// One turn at a time per conversation: waits its turn in arrival order in this process, then across instances,
/// skips an activity id the conversation already had applied, and remembers the id once the turn succeeded.
/// Other conversations never wait on this one.
/// </summary>
public sealed class TurnOrderingMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ConversationTurnLocks _localLocks;
    private readonly IDistributedTurnLock _distributedLock;
    private readonly IProcessedActivityStore _processed;
    private readonly ILogger<TurnOrderingMiddleware> _logger;

    public TurnOrderingMiddleware(
        ConversationTurnLocks localLocks,
        IDistributedTurnLock distributedLock,
        IProcessedActivityStore processed,
        ILogger<TurnOrderingMiddleware> logger)
    {
        _localLocks = localLocks;
        _distributedLock = distributedLock;
        _processed = processed;
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity is null || ConversationKey.Of(turnContext.Activity) is not { } conversation)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        // Keyed by channel and id: the same id on another channel is another conversation, never a reason to wait or skip.
        var key = conversation.ToString();
        using var local = await _localLocks.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
        await using var distributed = await _distributedLock.AcquireAsync(key, cancellationToken).ConfigureAwait(false);

        var activityId = turnContext.Activity.Id;
        if (!string.IsNullOrEmpty(activityId) &&
            await _processed.WasProcessedAsync(key, activityId, cancellationToken).ConfigureAwait(false))
        {
            TurnLog.DuplicateActivity(_logger, activityId, conversation.ConversationId);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);

        if (!string.IsNullOrEmpty(activityId))
        {
            await _processed.MarkProcessedAsync(key, activityId, cancellationToken).ConfigureAwait(false);
        }
    }
}
