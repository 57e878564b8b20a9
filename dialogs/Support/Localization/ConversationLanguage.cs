using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Localization;

/// <summary>The language a reply is written in: Japanese first, English when the activity's locale is English.</summary>
public static class ConversationLanguage
{
    public const string Japanese = "ja";
    public const string English = "en";

    public static string FromLocale(string? locale) =>
        locale is not null && locale.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Japanese;

    public static string FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return FromLocale(activity.Locale);
    }
}
