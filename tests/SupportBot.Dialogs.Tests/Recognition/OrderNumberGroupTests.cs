using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class OrderNumberGroupTests
{
    [Theory]
    [InlineData("249-3301782-9055118", "あ、ちゃうわごめん最後 ９０５５１８１ やった", "249-3301782-9055181")]
    [InlineData("250-1234567-7654321", "sorry, the middle part is 1234576", "250-1234576-7654321")]
    public void A_lone_group_replaces_the_group_it_is_closest_to(string given, string text, string corrected) =>
        Assert.Equal(corrected, OrderNumberGroup.Replace(given, text));

    [Theory]
    [InlineData("ごめん、番号まちがえた")]
    [InlineData("送料は100円ですか")]
    public void Without_a_lone_seven_digit_group_nothing_changes(string text) =>
        Assert.Null(OrderNumberGroup.Replace("250-1234567-7654321", text));
}
