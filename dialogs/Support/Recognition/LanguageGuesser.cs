namespace SupportBot.Dialogs.Recognition;

/// <summary>"en" when a message is written in Latin letters, "ja" when it has Japanese; the locale decides otherwise.</summary>
public static class LanguageGuesser
{
    public static string Guess(string? text, string? locale)
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

        if (latin == 0 && japanese == 0)
        {
            return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja";
        }

        // A few Japanese characters outweigh many letters: "PayPayで払った" is Japanese.
        return japanese == 0 || latin >= 4 * japanese ? "en" : "ja";
    }
}
