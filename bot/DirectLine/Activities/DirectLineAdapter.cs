using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Turns;
using SupportBot.Bot.Turns.Logging;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// The built-in Direct Line channel's own adapter: it runs the host's turn pipeline (the same middleware and error
/// handler as /api/messages) and writes the bot's replies straight to the conversation's activity log, in process,
/// with no connector client in between. Proactive sends to Direct Line conversations (an agent's reply, a hand-back)
/// come through <see cref="ContinueConversationAsync(ClaimsIdentity, ConversationReference, BotCallbackHandler, CancellationToken)"/>.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter, IChannelAdapter
{
    private readonly DirectLineActivityFeed _feed;
    private readonly ILogger _logger;

    public DirectLineAdapter(IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware, TurnErrorHandler errorHandler, DirectLineActivityFeed feed, ILogger<DirectLineAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(errorHandler);
        _feed = feed;
        _logger = logger;
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    public bool Owns(ConversationReference reference) =>
        reference?.ChannelId == DirectLineTurnRunner.ChannelId && DirectLineServiceUrl.IsDirectLine(reference.ServiceUrl);

    /// <summary>Runs a turn for an activity the channel accepted (its token already checked).</summary>
    public async Task ProcessAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using (TurnLogScope.Begin(_logger, activity))
        {
            using var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, callback, cancellationToken);
        }
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypesEx.InvokeResponse)
            {
                turnContext.TurnState.Add(InvokeResponseKey, activity);
                responses[i] = new ResourceResponse();
                continue;
            }

            if (activity.Type == ActivityTypes.Delay)
            {
                await Task.Delay(activity.Value is int ms ? ms : 1000, cancellationToken);
                responses[i] = new ResourceResponse();
                continue;
            }

            responses[i] = await AppendAsync(activity, newId: true, cancellationToken);
        }

        return responses;
    }

    // An update is appended again (the page shows the newest); there is nothing to delete from an append-only log.
    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        await AppendAsync(activity, newId: false, cancellationToken);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference, callback, cancellationToken);

    public override Task ContinueConversationAsync(ClaimsIdentity claimsIdentity, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        ContinueAsync(reference, callback, cancellationToken);

    private async Task ContinueAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await ProcessAsync(reference.GetContinuationActivity(), callback, cancellationToken);
    }

    private async Task<ResourceResponse> AppendAsync(Activity activity, bool newId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id
            ?? throw new InvalidOperationException("A Direct Line reply needs its conversation.");
        if (newId)
        {
            activity.Id = null;
        }

        activity.From ??= new ChannelAccount();
        activity.From.Role ??= RoleTypes.Bot;
        var sequence = await _feed.AppendAsync(conversationId, activity, cancellationToken);
        DirectLineLog.BotActivityLogged(_logger, activity.Type, conversationId, sequence ?? 0);
        return new ResourceResponse(activity.Id ?? string.Empty);
    }
}
