using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;
using SupportBot.Understanding.Language;
using SupportBot.Knowledge;

namespace SupportBot.Bot.DirectLine.Page;

/// <summary>The page's settings and texts in one language: the store's options, the bot's limits, and messages.yaml as it is now.</summary>
public sealed class PageContent
{
    private readonly IKnowledgeBase _knowledge;
    private readonly StoreOptions _store;
    private readonly BotHostOptions _limits;

    public PageContent(IKnowledgeBase knowledge, IOptions<StoreOptions> store, IOptions<BotHostOptions> limits)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(limits);
        _knowledge = knowledge;
        _store = store.Value;
        _limits = limits.Value;
    }

    public PageSettings Settings(string language)
    {
        var snapshot = _knowledge.Current;
        return new PageSettings(
            _store.Name,
            _store.PrimaryColor,
            language == ConversationLanguage.English ? "en-US" : "ja-JP",
            snapshot.Text(MessageKeys.PageTitle, language, ("store", _store.Name)),
            snapshot.Text(MessageKeys.PagePlaceholder, language),
            _limits.MaxMessageTextLength,
            snapshot.Text(MessageKeys.PageConnectionFailed, language),
            snapshot.Text(MessageKeys.PageAgentLabel, language, ("name", "{name}")));
    }

    public PageTexts Texts(string language)
    {
        var snapshot = _knowledge.Current;
        return new PageTexts(snapshot.Text(MessageKeys.PageConnecting, language), snapshot.Text(MessageKeys.PageSend, language));
    }
}
