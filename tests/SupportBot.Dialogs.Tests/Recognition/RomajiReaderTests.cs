using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class RomajiReaderTests
{
    [Theory]
    [InlineData("chuumon kyanseru shitai", "ちゅうもん きゃんせる したい")]
    [InlineData("hassou sarete nai desu", "はっそう されて ない です")]
    [InlineData("kore yattara penaruti toka aru?", "これ やったら ぺなるち とか ある?")]
    public void Romaji_Japanese_is_read_as_kana(string typed, string kana) => Assert.Equal(kana, RomajiReader.ToKana(typed));

    [Theory]
    [InlineData("Hello po. cancel shitai desu. mada hassou shiteinai desu", "Hello po. cancel したい です. まだ はっそう していない です")]
    [InlineData("注文 mada hassou shiteinai", "注文 まだ はっそう していない")]
    [InlineData("Refund wa itsu desu ka? credit card", "Refund わ いつ です か? credit card")]
    public void Romaji_runs_inside_other_words_are_read_as_kana(string typed, string kana) => Assert.Equal(kana, RomajiReader.ToKana(typed));

    [Theory]
    [InlineData("I want to cancel my order")]
    [InlineData("no")]
    [InlineData("my order come yesterday, i want henkin")]
    [InlineData("注文をキャンセルしたい")]
    [InlineData("can you help me do it")]
    [InlineData("I need my henkin now")]
    [InlineData("Still no henkin yet")]
    [InlineData("I want to do uketori")]
    public void English_and_Japanese_stay_as_typed(string typed) => Assert.Null(RomajiReader.ToKana(typed));
}
