using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>Runs activities through registered middleware and a bot, in process, recording what the bot sends.</summary>
internal sealed class PipelineAdapter : BotAdapter
{
    public ConcurrentQueue<IActivity> Sent { get; } = new();

    public async Task ProcessAsync(Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken = default)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot, cancellationToken);
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            Sent.Enqueue(activity);
        }

        return Task.FromResult(activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
