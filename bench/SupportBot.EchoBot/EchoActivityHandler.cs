using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.EchoBot;

/// <summary>Echoes each message and counts turns in conversation state, so the baseline also reads and writes state.</summary>
public sealed class EchoActivityHandler(ConversationState conversationState) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> _turns = conversationState.CreateProperty<int>("turns");

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false);
        await _turns.SetAsync(turnContext, turns + 1, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken).ConfigureAwait(false);
    }

    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("echo"), cancellationToken);
}
