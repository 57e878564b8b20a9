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
    [InlineData("I want to cancel my order")]
    [InlineData("no")]
    [InlineData("my order come yesterday, i want henkin")]
    [InlineData("注文をキャンセルしたい")]
    public void English_and_Japanese_stay_as_typed(string typed) => Assert.Null(RomajiReader.ToKana(typed));
}
