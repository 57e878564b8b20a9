using System.Text.RegularExpressions;

namespace SupportBot.Understanding;

/// <summary>
/// Folds the ways people write Japanese in a chat onto the forms the phrases are written in: spaces between words
/// (learners, voice input), small vowels (「なぃ」), a topic particle inside a verb (「発送はされておりません」).
/// Applied to folded text (hiragana for katakana) and to every phrase alike. <see cref="FoldedText"/> already joins the
/// spaces and writes small vowels plain as it folds, keeping offsets; the string form serves the act phrases, which
/// are folded by the engine's normalizer.
/// </summary>
public static partial class SpokenJapanese
{
    public static string Simplify(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var simpler = Removable().Replace(folded, string.Empty);
        return simpler.AsSpan().IndexOfAny(SmallVowels) < 0 ? simpler : string.Create(simpler.Length, simpler, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var small = SmallVowels.IndexOf(source[i], StringComparison.Ordinal);
                span[i] = small < 0 ? source[i] : FullVowels[small];
            }
        });
    }

    // 「なぃ」「ですぅ」: a plain vowel written small for effect (FoldedText maps them as it folds).
    private const string SmallVowels = "ぁぃぅぇぉ";
    private const string FullVowels = "あいうえお";

    public static FoldedText Simplify(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var removals = Removable().Matches(text.Value).Where(m => m.Length > 0).Select(m => (m.Index, m.Length, string.Empty)).ToList();
        return text.Replace(removals);
    }

    // A space between two Japanese letters, or a Japanese and a Latin one; は/も between a verbal noun and する, or between 〜て and いる/おる/ない.
    [GeneratedRegex(@"(?<=[\u3041-\u30ff\u4e00-\u9fff々])\s+(?=[\u3041-\u30ff\u4e00-\u9fff々a-z])|(?<=[a-z])\s+(?=[\u3041-\u30ff\u4e00-\u9fff々])|(?<=(?:発送|出荷|配達|配送|到着|返金|返品|連絡|対応))[はも](?=[さしせ済])|(?<=[てで])[はわ](?=[いおな])", RegexOptions.CultureInvariant)]
    private static partial Regex Removable();
}
