using System.Text;
using System.Text.RegularExpressions;

namespace SupportBot.Understanding;

/// <summary>
/// Japanese typed in romaji where no Japanese keyboard was at hand ("chuumon kyanseru shitai"): turned into hiragana
/// so the vocabulary and the classifier can read it. English stays English: a message counts as romaji only when
/// almost every word is a well-formed romaji word and one of them is a word only Japanese has (desu, shitai, kedo...).
/// </summary>
public static partial class RomajiReader
{
    private static readonly Dictionary<string, string> Syllables = Build();

    // Words that settle it: common in romaji Japanese, rare or absent as English words.
    private static readonly HashSet<string> Markers =
    [
        "desu", "masu", "desuka", "masuka", "shitai", "shite", "shita", "shimashita", "kedo", "keredo", "nai", "tte", "wa", "ga", "wo",
        "ni", "de", "ka", "yo", "ne", "mada", "kore", "sore", "dou", "doko", "itsu", "nani", "nan", "toka", "dekiru", "dekita", "dekinai",
        "chuumon", "chumon", "kyanseru", "henkin", "hassou", "hasso", "onegai", "kudasai", "arimasu", "arimasen", "shichatta", "yatta",
        "tai", "no", "kana", "zumi", "natteta", "meeru", "miru", "mitara", "sumimasen", "arigatou", "arigato",
    ];

    // Words no English sentence has: enough, with the romaji words around them, to read a run inside an English or
    // Japanese message ("cancel shitai desu", "mada hassou shiteinai", "the henkin goes back").
    private static readonly HashSet<string> Telling =
    [
        "desu", "masu", "desuka", "masuka", "shitai", "shimashita", "kedo", "keredo", "mada", "dekinai", "dekimasu", "dekimasuka",
        "chuumon", "chumon", "kyanseru", "henkin", "hassou", "onegai", "onegaishimasu", "kudasai", "arimasu", "arimasen",
        "shiteinai", "shitenai", "sumimasen", "daibiki", "uketori", "kyohi", "henpin", "shukka", "junbichuu", "junbichu",
        "haisou", "zumi", "junbi", "todoita", "todoite", "todoitenai", "todokanai", "shiharai", "haraimashita", "itsu", "doushite",
    ];

    // Short English words that are also well-formed romaji: a run never takes them in ("still no henkin yet").
    private static readonly HashSet<string> EnglishToo =
    [
        "a", "i", "no", "to", "do", "so", "go", "be", "he", "me", "we", "on", "in", "you", "are", "one", "done", "same",
        "home", "made", "take", "make", "name", "time", "more", "some", "come", "gone", "see", "ok", "oh", "hi", "yo",
    ];

    /// <summary>
    /// The message in hiragana when it is romaji Japanese; a message that mixes English or Japanese with romaji gets
    /// its romaji runs in hiragana; otherwise null.
    /// </summary>
    public static string? ToKana(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WholeToKana(text) ?? RunsToKana(text);
    }

    /// <summary>
    /// The message in hiragana when the whole of it is romaji Japanese; otherwise null. The reply language follows this
    /// reading: romaji runs inside an English message leave it English.
    /// </summary>
    public static string? WholeToKana(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!LatinOnly().IsMatch(text))
        {
            return null;
        }

        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count < 2)
        {
            return null;
        }

        var read = words.Select(w => (Word: w, Kana: Read(w))).ToList();
        var romaji = read.Count(r => r.Kana is not null);
        if (romaji < words.Count * 0.8 || !words.Any(Markers.Contains))
        {
            return null;
        }

        return Word().Replace(text.ToLowerInvariant(), m => Read(m.Value) ?? m.Value);
    }

    // Runs of romaji words (spaces between them only, no word English has too) that hold two telling words; the rest
    // stays as typed (a lone word such as "henkin" is the readings' to read).
    private static string? RunsToKana(string text)
    {
        var lower = text.ToLowerInvariant();
        var words = Word().Matches(lower);
        var result = new StringBuilder();
        var copied = 0;
        var changed = false;
        var i = 0;
        while (i < words.Count)
        {
            var end = i;
            while (InRun(words[end].Value) && end + 1 < words.Count && InRun(words[end + 1].Value)
                && string.IsNullOrWhiteSpace(lower[(words[end].Index + words[end].Length)..words[end + 1].Index]))
            {
                end++;
            }

            if (end == i || Enumerable.Range(i, end - i + 1).Count(k => Telling.Contains(words[k].Value)) < 2)
            {
                i = end + 1;
                continue;
            }

            result.Append(text, copied, words[i].Index - copied);
            for (var k = i; k <= end; k++)
            {
                result.Append(Read(words[k].Value));
                if (k < end)
                {
                    result.Append(' ');
                }
            }

            copied = words[end].Index + words[end].Length;
            changed = true;
            i = end + 1;
        }

        return changed ? result.Append(text, copied, text.Length - copied).ToString() : null;
    }

    private static bool InRun(string word) => !EnglishToo.Contains(word) && Read(word) is not null;

    /// <summary>One word in hiragana, or null when it is not well-formed romaji.</summary>
    public static string? Read(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var kana = new StringBuilder();
        var i = 0;
        while (i < word.Length)
        {
            // A doubled consonant is a small tsu (kitte, matcha).
            if (i + 1 < word.Length && word[i] == word[i + 1] && word[i] is not ('a' or 'i' or 'u' or 'e' or 'o' or 'n')
                || (word[i] == 't' && i + 2 < word.Length && word[i + 1] == 'c' && word[i + 2] == 'h'))
            {
                kana.Append('っ');
                i++;
                continue;
            }

            var matched = false;
            for (var length = Math.Min(3, word.Length - i); length > 0; length--)
            {
                if (Syllables.TryGetValue(word.Substring(i, length), out var syllable))
                {
                    // "n" alone is ん only before a consonant or at the end ("na" is な, "nna" is んな).
                    if (syllable == "ん" && i + 1 < word.Length && "aiueoy".Contains(word[i + 1], StringComparison.Ordinal))
                    {
                        continue;
                    }

                    kana.Append(syllable);
                    i += length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        return kana.ToString();
    }

    private static Dictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["a"] = "あ", ["i"] = "い", ["u"] = "う", ["e"] = "え", ["o"] = "お", ["n"] = "ん", ["n'"] = "ん", ["-"] = "ー",
            ["shi"] = "し", ["chi"] = "ち", ["tsu"] = "つ", ["fu"] = "ふ", ["ji"] = "じ", ["wo"] = "を",
            ["sha"] = "しゃ", ["shu"] = "しゅ", ["sho"] = "しょ", ["she"] = "しぇ", ["cha"] = "ちゃ", ["chu"] = "ちゅ", ["cho"] = "ちょ", ["che"] = "ちぇ",
            ["ja"] = "じゃ", ["ju"] = "じゅ", ["jo"] = "じょ", ["je"] = "じぇ", ["fa"] = "ふぁ", ["fi"] = "ふぃ", ["fe"] = "ふぇ", ["fo"] = "ふぉ",
            ["thi"] = "てぃ", ["di"] = "でぃ", ["du"] = "どぅ", ["tu"] = "つ", ["si"] = "し", ["ti"] = "ち", ["zi"] = "じ", ["hu"] = "ふ",
        };
        string[] rows = ["k:かきくけこ", "s:さ_すせそ", "t:た__てと", "n:なにぬねの", "h:はひ_へほ", "m:まみむめも", "y:や_ゆ_よ", "r:らりるれろ", "w:わ___を",
            "g:がぎぐげご", "z:ざ_ずぜぞ", "d:だ__でど", "b:ばびぶべぼ", "p:ぱぴぷぺぽ"];
        foreach (var row in rows)
        {
            var consonant = row[0];
            for (var v = 0; v < 5; v++)
            {
                if (row[2 + v] != '_')
                {
                    table[$"{consonant}{"aiueo"[v]}"] = row[2 + v].ToString();
                }
            }
        }

        // Contracted sounds: kya, nyu, ryo...
        foreach (var (consonant, stem) in new[] { ('k', "き"), ('n', "に"), ('h', "ひ"), ('m', "み"), ('r', "り"), ('g', "ぎ"), ('b', "び"), ('p', "ぴ") })
        {
            table[$"{consonant}ya"] = stem + "ゃ";
            table[$"{consonant}yu"] = stem + "ゅ";
            table[$"{consonant}yo"] = stem + "ょ";
        }

        return table;
    }

    [GeneratedRegex(@"^[\p{IsBasicLatin}\s]+$")]
    private static partial Regex LatinOnly();

    [GeneratedRegex(@"[a-z](?:[a-z\-]|'(?=[a-z]))*")]
    private static partial Regex Word();
}
