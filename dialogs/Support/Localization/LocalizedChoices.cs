using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Localization;

/// <summary>
/// Choices as the channel shows them best, with a text list's separators in the conversation's language: the
/// engine's factory reads the client's locale, which may say en-US while the customer writes Japanese.
/// </summary>
public static class LocalizedChoices
{
    public static IMessageActivity For(string? channelId, IList<Choice> choices, string text, string language) =>
        ChoiceFactory.ForChannel(channelId, choices, text, options: ChoiceFactoryOptions.ForLocale(language));
}
