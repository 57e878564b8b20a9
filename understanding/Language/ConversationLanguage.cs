using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Understanding.Language;

/// <summary>
/// The language a reply is written in: Japanese first; English when the activity's locale is English or the
/// customer writes English. The choice is kept in dialog state (see MainDialog) so it stays stable between turns.
/// </summary>
public static partial class ConversationLanguage
{
    public const string Japanese = "ja";
    public const string English = "en";

    private const string TurnStateKey = "SupportBot.Language";

    public static string FromLocale(string? locale) =>
        locale is not null && locale.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Japanese;

    public static string FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return FromLocale(activity.Locale);
    }

    /// <summary>
    /// The language for this turn. The first message with words sets it (the recognizer's verdict first); after
    /// that it changes only when a whole message is in the other language: Latin letters in a Japanese message
    /// (a product name, markup, a pasted English error) keep it Japanese, and a Japanese word keeps English English
    /// unless Japanese outweighs the Latin letters.
    /// </summary>
    public static string Choose(string? previous, string? locale, string? text, string? recognizedLanguage)
    {
        // Order numbers, dates and "ok" say nothing about the language: only text with words may switch it.
        var detected = Detect(text);
        var kept = Normalize(previous);
        if (kept is null)
        {
            var spoken = detected is null ? null : Normalize(recognizedLanguage) ?? detected;
            return spoken ?? FromLocale(locale);
        }

        if (detected is null || detected == kept)
        {
            return kept;
        }

        // Detect says English only when there is no Japanese at all; to Japanese, the recognizer must agree, and from
        // English the Japanese must weigh half the letters or more ("ok i check... status say キャンセル済み" stays English,
        // 「Nintendo Switch Proコントローラーをキャンセルしたい」 switches).
        return detected == English || (Normalize(recognizedLanguage) == Japanese && (kept == Japanese || JapaneseOutweighs(text)))
            ? detected
            : kept;
    }

    private static bool JapaneseOutweighs(string? text) => Letters(text) is var (latin, japanese) && 2 * japanese >= latin;

    // Latin letters (full width too) and Japanese characters (kana, half-width kana, kanji) of a message.
    private static (int Latin, int Japanese) Letters(string? text)
    {
        var latin = 0;
        var japanese = 0;
        foreach (var c in text ?? string.Empty)
        {
            if (char.IsAsciiLetter(c) || c is >= '\uFF21' and <= '\uFF5A')
            {
                latin++;
            }
            else if (c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uFF66' and <= '\uFF9F')
            {
                japanese++;
            }
        }

        return (latin, japanese);
    }

    /// <summary>Japanese script means Japanese; two or more Latin words and no Japanese mean English; else unknown.</summary>
    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (JapaneseScript().IsMatch(text))
        {
            return Japanese;
        }

        return LatinWord().Count(text) >= 2 ? English : null;
    }

    /// <summary>
    /// The recognizer's weighted guess for one message, always ja or en: a few Japanese characters outweigh many
    /// letters ("PayPayで払った" is Japanese); text with neither script falls back to the locale. <see cref="Detect"/>
    /// is the stricter test <see cref="Choose"/> uses to switch a conversation's language.
    /// </summary>
    public static string Guess(string? text, string? locale)
    {
        var (latin, japanese) = Letters(text);
        if (latin == 0 && japanese == 0)
        {
            return FromLocale(locale);
        }

        return japanese == 0 || latin >= 4 * japanese ? English : Japanese;
    }

    /// <summary>The language chosen for the current turn (set by MainDialog), or the locale's when none was set.</summary>
    public static string Current(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<string>(TurnStateKey) ?? FromLocale(turnContext.Activity?.Locale);
    }

    public static void SetCurrent(ITurnContext turnContext, string language)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(TurnStateKey, language);
    }

    private static string? Normalize(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : FromLocale(language);

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
