using SupportBot.Bot.Storage.Pii;

namespace SupportBot.Bot.Tests.Storage.Pii;

public sealed class PiiMaskerTests
{
    [Theory]
    [InlineData("注文番号は249-1234567-1234567です", "注文番号は[ORDER]です")]
    [InlineData("24912345671234567", "[ORDER]")]
    [InlineData("２４９－１２３４５６７－１２３４５６７をキャンセル", "[ORDER]をキャンセル")]
    [InlineData("249 1234567 1234567", "[ORDER]")]
    [InlineData("249ー1234567ー1234567", "[ORDER]")]
    [InlineData("電話は090-1234-5678まで", "電話は[PHONE]まで")]
    [InlineData("０９０－１２３４－５６７８", "[PHONE]")]
    [InlineData("09012345678", "[PHONE]")]
    [InlineData("03-1234-5678", "[PHONE]")]
    [InlineData("(03) 1234-5678", "[PHONE]")]
    [InlineData("+81 90 1234 5678", "[PHONE]")]
    [InlineData("メールはtaro.yamada+shop@example.co.jpです", "メールは[EMAIL]です")]
    [InlineData("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "[EMAIL]")]
    [InlineData("order 249-1234567-1234567, phone 080-9876-5432, mail a@b.jp", "order [ORDER], phone [PHONE], mail [EMAIL]")]
    public void Masks_order_numbers_phone_numbers_and_email_addresses(string input, string expected) =>
        Assert.Equal(expected, PiiMasker.Instance.Mask(input));

    [Theory]
    [InlineData("発送済みです")]
    [InlineData("3")]
    [InlineData("2026-11-26")]
    [InlineData("1234567")]
    [InlineData("返金は3〜5日で")]
    [InlineData("¥12,800")]
    public void Leaves_ordinary_text_alone(string input) =>
        Assert.Equal(input, PiiMasker.Instance.Mask(input));
}
