using SupportBot.Dialogs.Engine.Prompts;

namespace SupportBot.Dialogs.Engine.Tests.Prompts;

public class ConfirmRecognizerTests
{
    public static TheoryData<string, bool> Answers => new()
    {
        // Japanese yes: official data and colloquial forms, katakana and full-width included.
        { "はい", true }, { "はい。", true }, { "そうです", true }, { "よい", true }, { "よいです", true },
        { "うん", true }, { "ええ", true }, { "お願いします", true }, { "大丈夫です", true }, { "ハイ", true },
        { "はい、お願いします！", true }, { "いいです", true }, { "ＯＫ", true }, { "オッケー", true },
        { "問題ありません", true }, { "構いません", true }, { "はいやります", true },
        // Japanese no.
        { "いいえ", false }, { "ではありません", false }, { "ではない", false }, { "じゃない", false },
        { "じゃありません", false }, { "違います", false }, { "ちがう", false }, { "いや", false },
        { "いやです", false }, { "イイエ", false }, { "いいえ、大丈夫です", false }, { "キャンセルしないでください", false },
        // Negation wins where an affirmative word also appears.
        { "はいではない", false }, { "はい、じゃないです", false }, { "大丈夫じゃない", false }, { "お願いしません", false },
        // English.
        { "yes", true }, { "Yes!", true }, { "YEAH", true }, { "sure", true }, { "ok", true }, { "y", true },
        { "no", false }, { "No.", false }, { "nope", false }, { "not really", false }, { "n", false },
        { "no problem", true }, { "yes, but no", false },
        // Latin words inside Japanese sentences.
        { "okです", true }, { "ＹＥＳです", true }, { "noです", false }, { "いいよ", true },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Recognize_reads_yes_and_no(string utterance, bool expected)
    {
        Assert.Equal(expected, ConfirmRecognizer.Recognize(utterance));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("注文番号は123です")]
    [InlineData("maybe")]
    [InlineData("nothing")]
    [InlineData("yesterday")]
    [InlineData("わかりません")]
    public void Recognize_returns_null_when_there_is_no_answer(string utterance)
    {
        Assert.Null(ConfirmRecognizer.Recognize(utterance));
    }
}
