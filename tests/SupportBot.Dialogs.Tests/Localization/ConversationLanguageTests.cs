using SupportBot.Understanding.Language;

namespace SupportBot.Dialogs.Tests.Localization;

public sealed class ConversationLanguageTests
{
    public static TheoryData<string?, string?, string?, string?, string> Cases => new()
    {
        // previous, locale, text, recognizer's language → chosen
        { null, "ja-JP", "注文をキャンセルしたい", "ja", "ja" },
        { null, "en-US", "250-1234567-1234567", "en", "en" },
        { null, "ja-JP", "I want to cancel my order", "en", "en" },
        { null, null, "I want to cancel my order", null, "en" },
        { "en", "ja-JP", "250-1234567-1234567", "ja", "en" },
        { "en", "ja-JP", "ok", "en", "en" },
        { "ja", "ja-JP", "yes", "en", "ja" },
        { "en", "en-US", "注文をキャンセルしたい", "ja", "ja" },
        // A status quoted in Japanese inside an English sentence keeps the conversation English; mostly Japanese switches it.
        { "en", "en-US", "ok i check... status say キャンセル済み", "ja", "en" },
        { "en", "en-US", "sorry, いま「発送済み」になってます。どうしたらいい?", "ja", "ja" },
        { null, null, "3", null, "ja" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Choose_keeps_the_language_until_the_customer_clearly_writes_another(string? previous, string? locale, string? text, string? recognized, string expected) =>
        Assert.Equal(expected, ConversationLanguage.Choose(previous, locale, text, recognized));

    [Theory]
    [InlineData("PayPayで払った", null, "ja")]
    [InlineData("I paid with PayPay", "ja-JP", "en")]
    [InlineData("ＣＡＮＣＥＬ", "ja-JP", "en")]
    [InlineData("250-1234567-1234567", "en-US", "en")]
    [InlineData("250-1234567-1234567", "ja-JP", "ja")]
    [InlineData("", null, "ja")]
    public void Guess_weighs_japanese_over_letters_and_falls_back_to_the_locale(string text, string? locale, string expected) =>
        Assert.Equal(expected, ConversationLanguage.Guess(text, locale));
}
