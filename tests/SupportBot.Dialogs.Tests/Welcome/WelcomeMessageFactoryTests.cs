using SupportBot.Knowledge;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Dialogs.Welcome;

namespace SupportBot.Dialogs.Tests.Welcome;

public sealed class WelcomeMessageFactoryTests
{
    [Theory]
    [InlineData("ja-JP", "ja")]
    [InlineData("en-US", "en")]
    [InlineData(null, "ja")]
    public void Welcome_greets_and_offers_the_menu_in_the_locale_language(string? locale, string language)
    {
        var knowledge = RepositoryKnowledge.Instance;
        var welcome = new WelcomeMessageFactory(knowledge).Create(new Activity(ActivityTypes.ConversationUpdate) { Locale = locale });

        Assert.Equal(knowledge.Current.Text(MessageKeys.WelcomeGreeting, language), welcome.Text);
        var titles = welcome.SuggestedActions.Actions.Select(a => a.Title).ToList();
        Assert.Equal(knowledge.Current.Menu.Select(item => item.Label.For(language)), titles);
    }
}
