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
        var simpler = Voiced().Replace(DialectVerb().Replace(Removable().Replace(folded, string.Empty), m => StandardEnding(m.Value)), m => Unvoiced(m.Value));
        return simpler.AsSpan().IndexOfAny(SmallVowels) < 0 ? simpler : string.Create(simpler.Length, simpler, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = PlainVowel(source[i]);
            }
        });
    }

    /// <summary>The plain vowel that a small one written for effect stands for (「なぃ」「ですぅ」), or the character itself.</summary>
    public static char PlainVowel(char c) => SmallVowels.IndexOf(c, StringComparison.Ordinal) is var small and >= 0 ? FullVowels[small] : c;

    /// <summary>
    /// True when a space between these two letters only separates the words of one phrase (「ひと に」「amazon じゃない」):
    /// at least one side Japanese, both sides letters. The regex below writes the same for plain strings.
    /// </summary>
    public static bool JoinsAcrossSpace(char before, char after) =>
        (IsJapanese(before) || IsJapanese(after)) && IsLetter(before) && IsLetter(after);

    private const string SmallVowels = "ぁぃぅぇぉ";
    private const string FullVowels = "あいうえお";

    private static bool IsJapanese(char c) =>
        c is (>= '\u3041' and <= '\u309f') or (>= '\u30a0' and <= '\u30ff') or (>= '\u4e00' and <= '\u9fff') or '々';

    private static bool IsLetter(char c) => IsJapanese(c) || char.IsAsciiLetter(c);

    public static FoldedText Simplify(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var removals = Removable().Matches(text.Value).Where(m => m.Length > 0).Select(m => (m.Index, m.Length, string.Empty)).ToList();
        var simpler = text.Replace(removals);
        var rewrites = DialectVerb().Matches(simpler.Value).Select(m => (m.Index, m.Length, StandardEnding(m.Value))).ToList();
        var standard = simpler.Replace(rewrites);
        var unvoiced = Voiced().Matches(standard.Value).Select(m => (m.Index, m.Length, Unvoiced(m.Value))).ToList();
        return standard.Replace(unvoiced);
    }

    // Western, Kansai and Tohoku verb endings after a て-form stem, written the standard way: 〜ちょらん・〜とらん・〜てへん・
    // 〜でねぇ (not yet, 「まだ送っちょらん」「届いとらん」「発送されでねぇ」) as 〜てない, 〜ちょる・〜ちゅう・〜とる (「書いちゅう」「届いとる」) as 〜てる, and their past 〜ちょった・〜とった as 〜てた.
    // Tohoku voices a verb's て and た (「発送されだ」「届いでた」「まだ来でねぇ」): written unvoiced, so the tense and the negation read.
    private static string Unvoiced(string voiced) => voiced == "だ" ? "た" : "て";

    private static string StandardEnding(string ending) =>
        ending.EndsWith('ん') || ending[^1] is 'ぇ' or 'え' or 'ー' ? "てない" : ending.EndsWith("った", StringComparison.Ordinal) ? "てた" : "てる";

    // A space between two Japanese letters, or a Japanese and a Latin one; は/も between a verbal noun and する, or between 〜て and いる/おる/ない.
    // After a verb's stem only, so 「れすとらん」「うけとる」「ちゅうもん」 stay as they are.
    [GeneratedRegex(@"(?<=[っいきしちにびみりえけせてねべめれげぜ])(?<!うけ|受け)(?:ちょらへん|ちょらん|とらへん|とらん|ておらん|てへん)|(?<=[っいし])(?<!しょっ|たい|りっ)(?:ちょる|ちゅう(?!もん)|とる|ちょった|とった)|(?<=[いきしれ来])(?<!ない)[てで]ね[ぇえー]", RegexOptions.CultureInvariant)]
    private static partial Regex DialectVerb();

    // After a passive or a verb of arrival and shipping only: elsewhere だ and で are the copula and the particle.
    [GeneratedRegex(@"(?<=(?:され|届い|着い))だ(?![ろけっ])|(?<=(?:され|届い|着い|来))で(?=[たるねな])", RegexOptions.CultureInvariant)]
    private static partial Regex Voiced();

    [GeneratedRegex(@"(?<=[\u3041-\u30ff\u4e00-\u9fff々])\s+(?=[\u3041-\u30ff\u4e00-\u9fff々a-z])|(?<=[a-z])\s+(?=[\u3041-\u30ff\u4e00-\u9fff々])|(?<=(?:発送|出荷|配達|配送|到着|返金|返品|連絡|対応))[はも](?=[さしせ済])|(?<=[てで])[はわ](?=[いおなね])", RegexOptions.CultureInvariant)]
    private static partial Regex Removable();
}
