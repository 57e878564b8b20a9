using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SupportBot.Knowledge;

namespace SupportBot.Understanding;

/// <summary>
/// A message as the vocabulary writes its words, read before anything else: romaji turned into kana, spaces between
/// Japanese words dropped (phone keyboards put them there), and kana readings written as the vocabulary's words
/// (recognizer.yaml's readings: 「うけとりきょひ」 → 「受取拒否」). The transcript keeps what the customer typed.
/// </summary>
public static partial class JapaneseReadings
{
    private static readonly ConditionalWeakTable<RecognizerVocabulary, Readings> Compiled = new();

    public static string Canonical(string text, RecognizerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var kana = RomajiReader.ToKana(text) ?? text;
        var joined = SpaceBetweenJapanese().Replace(kana, string.Empty);
        var readings = Compiled.GetValue(vocabulary, v => new Readings(v.Readings));
        return readings.Pattern is { } pattern ? pattern.Replace(joined, m => readings.Words[Hiragana(m.Value)]) : joined;
    }

    /// <summary>Training examples read the way messages are, so a lead's romaji or kana example teaches what it says.</summary>
    public static Phrases Canonical(Phrases phrases, RecognizerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        return new Phrases([.. phrases.Ja.Select(p => Canonical(p, vocabulary))], [.. phrases.En.Select(p => Canonical(p, vocabulary))]);
    }

    // Katakana written where hiragana is expected reads the same (the readings are matched in hiragana).
    private static string Hiragana(string text) =>
        string.Concat(text.Select(c => c is >= '\u30A1' and <= '\u30F6' ? (char)(c - 0x60) : c));

    [GeneratedRegex(@"(?<=[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}ー])[ \u3000]+(?=[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}ー])")]
    private static partial Regex SpaceBetweenJapanese();

    /// <summary>Every reading as one alternation, longest first, so 「ちゅうもんばんごう」 wins over 「ちゅうもん」.</summary>
    private sealed class Readings
    {
        public Readings(IReadOnlyDictionary<string, IReadOnlyList<string>> readings)
        {
            Words = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (word, spellings) in readings)
            {
                foreach (var spelling in spellings.Select(Hiragana).Where(s => s.Length >= 2))
                {
                    Words.TryAdd(spelling, word);
                }
            }

            Pattern = Words.Count == 0
                ? null
                : new Regex(string.Join("|", Words.Keys.OrderByDescending(k => k.Length).Select(KanaOrKatakana)), RegexOptions.CultureInvariant);
        }

        public Dictionary<string, string> Words { get; }

        public Regex? Pattern { get; }

        // A hiragana reading also matches the same word typed in katakana.
        private static string KanaOrKatakana(string reading) =>
            string.Concat(reading.Select(c => c is >= '\u3041' and <= '\u3096' ? $"[{c}{(char)(c + 0x60)}]" : Regex.Escape(c.ToString())));
    }
}
