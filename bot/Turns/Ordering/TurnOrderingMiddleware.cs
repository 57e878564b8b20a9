using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using SupportBot.Bot.Activities;
using SupportBot.Bot.Storage.State;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>
/// One turn at a time per conversation, applied exactly once: waits its turn in arrival order in this process,
/// then across instances; an activity the conversation already had applied gets that turn's replies again
/// instead of a second turn. Otherwise the turn runs with its state writes and replies held, and commits both with
/// its processed record in one transaction before any reply leaves: a crash leaves either nothing of the turn or the
/// whole turn with its replies, which a redelivery (or recovery at start) then sends.
/// Other conversations never wait on this one.
/// </summary>
public sealed class TurnOrderingMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ConversationTurnLocks _localLocks;
    private readonly IDistributedTurnLock _distributedLock;
    private readonly IProcessedActivityStore _processed;
    private readonly StateTransaction _state;
    private readonly ILogger<TurnOrderingMiddleware> _logger;

    public TurnOrderingMiddleware(
        ConversationTurnLocks localLocks,
        IDistributedTurnLock distributedLock,
        IProcessedActivityStore processed,
        StateTransaction state,
        ILogger<TurnOrderingMiddleware> logger)
    {
        _localLocks = localLocks;
        _distributedLock = distributedLock;
        _processed = processed;
        _state = state;
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity is null || ConversationKey.Of(turnContext.Activity) is not { } conversation)
        {
            await next(cancellationToken);
            return;
        }

        // Keyed by channel and id: the same id on another channel is another conversation, never a reason to wait or skip.
        var key = conversation.ToString();
        using var local = await _localLocks.AcquireAsync(key, cancellationToken);
        await using var distributed = await _distributedLock.AcquireAsync(key, cancellationToken);

        var activityId = turnContext.Activity.Id;
        // A proactive continuation is never redelivered: nothing to remember it by.
        var recorded = !string.IsNullOrEmpty(activityId) && turnContext.Activity.Name != ActivityEventNames.ContinueConversation;
        if (recorded && await _processed.FindAsync(key, activityId!, cancellationToken) is { } done)
        {
            await AnswerRepeatAsync(turnContext, key, activityId!, done, cancellationToken);
            return;
        }

        var held = new HeldReplies();
        turnContext.TurnState.Set(held);
        using (var scope = _state.Begin())
        {
            try
            {
                await next(cancellationToken);
            }
            catch
            {
                // Nothing of the failed turn is committed; what it said still goes out, as it did before replies were held.
                scope.Dispose();
                await held.ReleaseAsync();
                throw;
            }

            try
            {
                await _state.CommitAsync(
                    scope,
                    (connection, transaction, ct) => recorded
                        ? _processed.RecordAsync(connection, transaction, key, activityId!, held.Serialized, ct)
                        : Task.CompletedTask,
                    cancellationToken);
            }
            catch
            {
                // The turn did not happen: its replies would describe state that was never saved. The error handler's apology goes out.
                held.Discard();
                throw;
            }
        }

        try
        {
            await held.ReleaseAsync();
        }
        catch (Exception ex) when (recorded && ex is not OperationCanceledException)
        {
            // Committed, so the turn is not run again: a redelivery or recovery at start sends these replies.
            TurnLog.RepliesNotDelivered(_logger, ex, activityId!, conversation.ConversationId);
            throw;
        }

        if (recorded && held.Serialized.Count > 0)
        {
            await _processed.MarkDeliveredAsync(key, activityId!, keepReplies: ExpectsReplies(turnContext), cancellationToken);
        }
    }

    // A channel that takes replies in the response body gets them again on every redelivery; others only until delivered.
    private async Task AnswerRepeatAsync(ITurnContext turnContext, string key, string activityId, ProcessedTurn done, CancellationToken cancellationToken)
    {
        var expectsReplies = ExpectsReplies(turnContext);
        if (done.Replies.Count == 0 || (done.Delivered && !expectsReplies))
        {
            TurnLog.DuplicateActivity(_logger, activityId, turnContext.Activity.Conversation.Id);
            return;
        }

        TurnLog.RepliesResent(_logger, activityId, turnContext.Activity.Conversation.Id, done.Replies.Count);
        var replies = done.Replies.Select(json => ActivityJson.Deserialize(json)).OfType<Activity>().ToArray();
        await turnContext.SendActivitiesAsync(replies, cancellationToken);
        if (!done.Delivered)
        {
            await _processed.MarkDeliveredAsync(key, activityId, keepReplies: expectsReplies, cancellationToken);
        }
    }

    private static bool ExpectsReplies(ITurnContext turnContext) =>
        turnContext.Activity.DeliveryMode == DeliveryModes.ExpectReplies;
}
