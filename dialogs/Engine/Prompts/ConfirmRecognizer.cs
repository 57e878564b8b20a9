using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>
/// Reads yes or no from Japanese and English replies, colloquial forms included. Idioms that contain a negative
/// but mean yes ("問題ありません") are checked first, then negation, which wins over any affirmative word.
/// </summary>
public static partial class ConfirmRecognizer
{
    public static bool? Recognize(string? utterance)
    {
        var folded = TextNormalizer.Fold(utterance);
        if (folded.Length == 0)
        {
            return null;
        }

        if (AffirmativeIdiom().IsMatch(folded))
        {
            return true;
        }

        if (Negative().IsMatch(folded))
        {
            return false;
        }

        return Affirmative().IsMatch(folded) ? true : null;
    }

    // Folded text: katakana is already hiragana and Latin is lower case. Latin words are bounded by
    // (?<![a-z])/(?![a-z]) rather than \b, because \b sees no boundary in "okです".
    [GeneratedRegex(@"問題(?:ありません|ない|ないです|なし)|構いません|かまいません|間違い(?:ありません|ない)|(?<![a-z])(?:no problem|why not)(?![a-z])")]
    private static partial Regex AffirmativeIdiom();

    [GeneratedRegex(@"いいえ|^いや|^いえ|嫌|ではありません|ではない|じゃない|じゃありません|じゃねえ|違います|違う|ちがう|ちがいます|だめ|ダメ|駄目|やめ|止め|しない|しません|不要|要りません|いりません|結構です|^ノー|^のー|(?<![a-z])(?:no|nope|nah|not|never|false|don'?t|negative)(?![a-z])|^n$")]
    private static partial Regex Negative();

    [GeneratedRegex(@"はい|そうです|^そう$|よい|よいです|良い|いいです|^いい$|うん|ええ|お願いします|おねがいします|お願い|大丈夫|了解|りょうかい|おk|おけ|おーけー|おっけー|いいよ|^それで|(?<![a-z])(?:yes|yeah|yep|yup|sure|ok|okay|true|correct|right|please)(?![a-z])|^y$")]
    private static partial Regex Affirmative();
}
