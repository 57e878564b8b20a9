using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Understanding.Language;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Turns;

/// <summary>
/// Fail safe at the turn boundary: log the exception, apologise to the customer, and keep the conversation
/// usable. The failed turn's state changes are not saved, so the next message retries the same step; a second
/// failure in a row clears the dialog stack so that a step that always throws cannot trap the customer.
/// </summary>
public sealed class TurnErrorHandler
{
    private const int FailuresBeforeReset = 2;

    private readonly ConversationAccessors _accessors;
    private readonly IKnowledgeBase _knowledge;
    private readonly ILogger<TurnErrorHandler> _logger;

    public TurnErrorHandler(ConversationAccessors accessors, IKnowledgeBase knowledge, ILogger<TurnErrorHandler> logger)
    {
        _accessors = accessors;
        _knowledge = knowledge;
        _logger = logger;
    }

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        TurnLog.TurnFailed(_logger, exception, activity.Conversation?.Id, activity.ChannelId, activity.Type);

        var reset = await RecordFailureAsync(turnContext);
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        try
        {
            var language = ConversationLanguage.FromActivity(activity);
            var key = reset ? MessageKeys.ErrorTurnReset : MessageKeys.ErrorTurn;
            await turnContext.SendActivityAsync(MessageFactory.Text(_knowledge.Current.Text(key, language)));
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.Trace)
            {
                Name = "OnTurnError",
                Label = "TurnError",
                ValueType = "https://www.botframework.com/schemas/error",
                Value = exception.GetType().Name,
            });
        }
#pragma warning disable CA1031 // The apology is best effort: the channel itself may be what failed.
        catch (Exception sendFailure)
#pragma warning restore CA1031
        {
            TurnLog.ApologyFailed(_logger, sendFailure, activity.Conversation?.Id);
        }
    }

    /// <summary>Counts the failure in a freshly loaded state; returns true when the dialog stack was cleared.</summary>
    private async Task<bool> RecordFailureAsync(ITurnContext turnContext)
    {
        try
        {
            var state = _accessors.ConversationState;
            await state.LoadAsync(turnContext, force: true);
            var failures = await _accessors.FailedTurns.GetAsync(turnContext, () => 0) + 1;
            var reset = failures >= FailuresBeforeReset;
            if (reset)
            {
                await _accessors.DialogState.DeleteAsync(turnContext);
                failures = 0;
            }

            await _accessors.FailedTurns.SetAsync(turnContext, failures);
            await state.SaveChangesAsync(turnContext, force: true);
            return reset;
        }
#pragma warning disable CA1031 // The store may be what failed; the apology must still go out.
        catch (Exception stateFailure)
#pragma warning restore CA1031
        {
            TurnLog.FailureNotRecorded(_logger, stateFailure, turnContext.Activity.Conversation?.Id);
            return false;
        }
    }
}
