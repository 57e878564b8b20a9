using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Understanding.Language;
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
        welcome.SuggestedActions = MenuActions(knowledge, language);
        welcome.Locale = activity.Locale;
        return welcome;
    }

    /// <summary>The main menu as buttons in <paramref name="language"/>: the greeting's, and wherever the menu is offered again.</summary>
    public static SuggestedActions MenuActions(KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new SuggestedActions
        {
            Actions = knowledge.Menu
                .Select(item => item.Label.For(language))
                .Select(label => new CardAction(ActionTypes.ImBack, label, value: label))
                .ToList(),
        };
    }
}
