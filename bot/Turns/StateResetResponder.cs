using Microsoft.Bot.Builder;
using SupportBot.Bot.Storage.Recovery;
using SupportBot.Dialogs.Localization;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Turns;

/// <summary>The storage area's apology when a conversation's stored state was unreadable: error.state_reset from the messages file.</summary>
public sealed class StateResetResponder : IStateResetResponder
{
    private readonly IKnowledgeBase _knowledge;

    public StateResetResponder(IKnowledgeBase knowledge) => _knowledge = knowledge;

    public Task OnStateResetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var language = ConversationLanguage.FromActivity(turnContext.Activity);
        return turnContext.SendActivityAsync(MessageFactory.Text(_knowledge.Current.Text("error.state_reset", language)), cancellationToken);
    }
}
