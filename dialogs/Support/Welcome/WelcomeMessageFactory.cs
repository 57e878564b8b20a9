using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Localization;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Welcome;

/// <summary>The greeting on conversationUpdate: a short welcome and the main menu as suggested actions.</summary>
public sealed class WelcomeMessageFactory
{
    private readonly IKnowledgeBase _knowledge;

    public WelcomeMessageFactory(IKnowledgeBase knowledge) => _knowledge = knowledge;

    public IMessageActivity Create(Activity activity)
    {
        var language = ConversationLanguage.FromActivity(activity);
        var knowledge = _knowledge.Current;
        var welcome = MessageFactory.Text(knowledge.Text(MessageKeys.WelcomeGreeting, language));
        welcome.SuggestedActions = new SuggestedActions
        {
            Actions = knowledge.Menu
                .Select(item => item.Label.For(language))
                .Select(label => new CardAction(ActionTypes.ImBack, label, value: label))
                .ToList(),
        };
        welcome.Locale = activity.Locale;
        return welcome;
    }
}
