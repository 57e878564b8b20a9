using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine.Tests.Choices;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("１２３", "123")]
    [InlineData("ＡＢＣ", "ABC")]
    [InlineData("D01－1234567‐1234567", "D01-1234567-1234567")]
    [InlineData("D01―1234567−1234567", "D01-1234567-1234567")]
    [InlineData("　注文　", "注文")]
    [InlineData("ｶﾀｶﾅ", "カタカナ")]
    public void Normalize_folds_width_dashes_and_spaces(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("ハイ！", "はい")]
    [InlineData("ＹＥＳ。", "yes")]
    [InlineData("オッケー", "おっけー")]
    public void Fold_lower_cases_turns_katakana_into_hiragana_and_drops_trailing_punctuation(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Fold(input));
    }
}
