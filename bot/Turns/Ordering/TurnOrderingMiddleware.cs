using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

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
        var conversationId = turnContext.Activity?.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var local = await _localLocks.AcquireAsync(conversationId, cancellationToken).ConfigureAwait(false);
        await using var distributed = await _distributedLock.AcquireAsync(conversationId, cancellationToken).ConfigureAwait(false);

        var activityId = turnContext.Activity!.Id;
        if (!string.IsNullOrEmpty(activityId) &&
            await _processed.WasProcessedAsync(conversationId, activityId, cancellationToken).ConfigureAwait(false))
        {
            TurnLog.DuplicateActivity(_logger, activityId, conversationId);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);

        if (!string.IsNullOrEmpty(activityId))
        {
            await _processed.MarkProcessedAsync(conversationId, activityId, cancellationToken).ConfigureAwait(false);
        }
    }
}
