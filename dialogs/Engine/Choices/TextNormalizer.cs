using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>Folds what users type so that width, case, kana and dash variants compare equal.</summary>
public static partial class TextNormalizer
{
    /// <summary>NFKC (full-width digits, letters, spaces to ASCII), dash variants to '-', trimmed; case kept.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            builder.Append(c is >= '\u2010' and <= '\u2015' or '\u2212' ? '-' : c);
        }

        return builder.ToString().Trim();
    }

    /// <summary>For matching only: normalized, lower case, katakana as hiragana, trailing punctuation removed.</summary>
    public static string Fold(string? text)
    {
        var normalized = Normalize(text).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            // Katakana letters sit 0x60 above their hiragana; ー and other marks stay as they are.
            builder.Append(c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c);
        }

        return TrailingPunctuation().Replace(builder.ToString(), string.Empty).Trim();
    }

    public static bool ContainsJapanese(string text) => JapaneseScript().IsMatch(text);

    /// <summary>Splits on anything that is not a letter or digit (what the official tokenizer does for Latin text).</summary>
    public static IReadOnlyList<string> Tokenize(string folded) =>
        TokenPattern().Matches(folded).Select(m => m.Value.ToLower(CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(@"[\s\p{P}\p{S}]+$")]
    private static partial Regex TrailingPunctuation();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex JapaneseScript();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex TokenPattern();
}
