using System.Globalization;
using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>
/// Appends each message's number to a list in conversation state, pausing between load and save so that
/// two turns of one conversation running together would lose or duplicate a step.
/// </summary>
internal sealed class StepBot : IBot
{
    private readonly ConversationState _state;
    private readonly IStatePropertyAccessor<List<long>> _steps;

    public StepBot(ConversationState state)
    {
        _state = state;
        _steps = state.CreateProperty<List<long>>("Steps");
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var steps = await _steps.GetAsync(turnContext, () => [], cancellationToken);
        await Task.Delay(Random.Shared.Next(0, 3), cancellationToken);
        var step = long.Parse(turnContext.Activity.Text, CultureInfo.InvariantCulture);
        steps.Add(step);
        await _state.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(string.Create(CultureInfo.InvariantCulture, $"step {step}")), cancellationToken);
    }
}
