using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Recognition;

public sealed class OrderNumberExtractorTests
{
    public static TheoryData<string, string> Found => new()
    {
        { "250-1234567-1234567", "250-1234567-1234567" },
        { "２５０－１２３４５６７－１２３４５６７", "250-1234567-1234567" },
        { "２５０１２３４５６７１２３４５６７", "250-1234567-1234567" },
        { "25012345671234567", "250-1234567-1234567" },
        { "250 1234567 1234567", "250-1234567-1234567" },
        { "250 - 1234567 - 1234567", "250-1234567-1234567" },
        { "250‐1234567‐1234567", "250-1234567-1234567" },
        { "250−1234567−1234567", "250-1234567-1234567" },
        { "250–1234567–1234567", "250-1234567-1234567" },
        { "250—1234567—1234567", "250-1234567-1234567" },
        { "250ー1234567ー1234567", "250-1234567-1234567" },
        { "250ｰ1234567ｰ1234567", "250-1234567-1234567" },
        { "250－1234567－1234567", "250-1234567-1234567" },
        { "注文番号250-1234567-1234567、もう発送済みです", "250-1234567-1234567" },
        { "注文番号は「503-9876543-1122334」です。", "503-9876543-1122334" },
        { "order #503-9876543-1122334 please", "503-9876543-1122334" },
        { "番号:250-1234567-1234567を3日前に", "250-1234567-1234567" },
    };

    public static TheoryData<string> NotFound => new()
    {
        "",
        "090-1234-5678",
        "03-1234-5678",
        "250-123456-1234567",
        "250-1234567-123456",
        "2500-1234567-1234567",
        "250-1234567-12345678",
        "1250123456712345670",
        "250123456712345678",
        "250-1234567",
        "注文番号がわかりません",
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void TryExtract_finds_the_order_number_in_any_width_and_separator(string text, string expected)
    {
        Assert.True(OrderNumberExtractor.TryExtract(text, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [MemberData(nameof(NotFound))]
    public void TryExtract_rejects_wrong_lengths_longer_runs_and_phone_numbers(string text)
    {
        Assert.False(OrderNumberExtractor.TryExtract(text, out var normalized));
        Assert.Empty(normalized);
    }

    [Theory]
    [InlineData("250-1234567-1234567", true)]
    [InlineData(" ２５０－１２３４５６７－１２３４５６７。", true)]
    [InlineData("「250 1234567 1234567」", true)]
    [InlineData("注文番号は250-1234567-1234567です", false)]
    [InlineData("250-1234567-1234567 and 3 days ago", false)]
    [InlineData("090-1234-5678", false)]
    public void IsValidAnswer_accepts_only_an_answer_that_is_just_an_order_number(string text, bool valid)
    {
        Assert.Equal(valid, OrderNumberExtractor.IsValidAnswer(text, out _));
    }
}
