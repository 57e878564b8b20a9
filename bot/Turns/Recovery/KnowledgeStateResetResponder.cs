using Microsoft.Bot.Builder;
using SupportBot.Understanding.Language;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Turns.Recovery;

/// <summary>Apologises with the knowledge base's error.state_reset text, in the customer's language.</summary>
public sealed class KnowledgeStateResetResponder : IStateResetResponder
{
    public static MessageKey Message => MessageKeys.ErrorStateReset;

    private readonly IKnowledgeBase _knowledge;

    public KnowledgeStateResetResponder(IKnowledgeBase knowledge) => _knowledge = knowledge;

    public async Task OnStateResetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var language = ConversationLanguage.FromActivity(turnContext.Activity);
        var text = _knowledge.Current.Text(Message, language);
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
    }
}
