using System.Text;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Understanding;

namespace SupportBot.Bot.Tests.Storage.Pii;

/// <summary>
/// Masking and recognition share one definition: order numbers and phones written in generated formats (widths,
/// circled and mathematical digits, any dash, spaced separators, tabs, の, parentheses) are masked whenever the bot
/// can read them, and no digits of them are left behind.
/// </summary>
public sealed class PiiMaskingFormatTests
{
    private static readonly string[] OrderSeparators = ["", "-", " - ", "  ", "\t", "－", "―", "−", "ー", "の", " の ", ".", "・", "、", "/", " "];
    private static readonly string[] PhoneSeparators = ["-", " - ", ".", " ", "－", "  ", "ー"];
    private static readonly string[] Sentences = ["注文番号は{0}です", "{0}", "order {0} please", "これ（{0}）キャンセルで", "電話は{0}、よろしく"];

    [Fact]
    public void Every_order_number_the_bot_reads_is_masked_whatever_its_format()
    {
        var random = new Random(3032);
        var read = 0;
        for (var i = 0; i < 2_000; i++)
        {
            var digits = Digits(random, 17);
            var written = Group(random, digits[..3]) + Pick(random, OrderSeparators) + Group(random, digits[3..10]) + Pick(random, OrderSeparators) + Group(random, digits[10..]);
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Sentences), written);
            if (!OrderNumberExtractor.TryExtract(text, out var number))
            {
                continue;
            }

            read++;
            var masked = PiiMasker.Instance.Mask(text);
            Assert.True(masked.Contains(PiiMasker.OrderMask, StringComparison.Ordinal), $"read {number} in «{text}» but stored «{masked}»");
            Assert.False(LeavesDigits(masked, 4), $"digits of {number} left in «{masked}»");
        }

        Assert.True(read > 1_500, $"only {read} of 2000 generated order numbers were read: the generator is off");
    }

    [Fact]
    public void Every_phone_number_in_a_usual_japanese_format_is_masked()
    {
        var random = new Random(3033);
        for (var i = 0; i < 1_000; i++)
        {
            var (prefix, middle) = Pick(random, new[] { ("090", 4), ("080", 4), ("070", 4), ("03", 4), ("06", 4), ("0466", 2) });
            var rest = Digits(random, middle + 4);
            var separator = Pick(random, PhoneSeparators);
            var written = random.Next(4) switch
            {
                0 => $"({Group(random, prefix)}){Group(random, rest[..middle])}{separator}{Group(random, rest[middle..])}",
                1 => $"+81 {Group(random, prefix[1..])}{separator}{Group(random, rest[..middle])}{separator}{Group(random, rest[middle..])}",
                2 => Group(random, prefix + rest),
                _ => $"{Group(random, prefix)}{separator}{Group(random, rest[..middle])}{separator}{Group(random, rest[middle..])}",
            };
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(random, Sentences), written);

            var masked = PiiMasker.Instance.Mask(text);

            Assert.True(masked.Contains(PiiMasker.PhoneMask, StringComparison.Ordinal), $"«{text}» stored as «{masked}»");
            Assert.False(LeavesDigits(masked, 3), $"digits left in «{masked}»");
        }
    }

    [Theory]
    [InlineData("911 - 0000002 - 0000002")]
    [InlineData("911  0000002  0000002")]
    [InlineData("911\t0000002\t0000002")]
    [InlineData("９１１ － ００００００２ － ００００００２")]
    [InlineData("⑨①① ⓪⓪⓪⓪⓪⓪② ⓪⓪⓪⓪⓪⓪②")]
    [InlineData("𝟗𝟏𝟏-𝟎𝟎𝟎𝟎𝟎𝟎𝟐-𝟎𝟎𝟎𝟎𝟎𝟎𝟐")]
    [InlineData("090 - 1234 - 5678")]
    [InlineData("090.1234.5678")]
    [InlineData("(090)1234-5678")]
    public void The_formats_seen_stored_unmasked_are_masked(string written)
    {
        var masked = PiiMasker.Instance.Mask("お問い合わせ " + written + " です");

        Assert.False(LeavesDigits(masked, 3), $"«{masked}»");
        Assert.DoesNotContain("([", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_s_name_is_not_kept_in_the_stored_activity()
    {
        var json = """{"type":"message","from":{"id":"u1","name":"山田 花子","role":"user"},"text":"こんにちは"}""";

        var masked = PiiMaskingJson.MaskJson(json, PiiMasker.Instance);

        Assert.DoesNotContain("山田", masked, StringComparison.Ordinal);
        Assert.Contains(PiiMaskingJson.NameMask, masked, StringComparison.Ordinal);
        Assert.Contains("こんにちは", masked, StringComparison.Ordinal);
    }

    private static bool LeavesDigits(string text, int run)
    {
        var folded = FoldedText.From(text).Value;
        var length = 0;
        foreach (var c in folded)
        {
            length = char.IsAsciiDigit(c) ? length + 1 : 0;
            if (length >= run)
            {
                return true;
            }
        }

        return false;
    }

    private static string Digits(Random random, int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    // One group written in one style: ASCII, full width, circled or mathematical bold digits.
    private static string Group(Random random, string digits)
    {
        var style = random.Next(4);
        var text = new StringBuilder();
        foreach (var d in digits)
        {
            var n = d - '0';
            text.Append(style switch
            {
                0 => d.ToString(),
                1 => ((char)('０' + n)).ToString(),
                2 => n == 0 ? "⓪" : ((char)('①' + n - 1)).ToString(),
                _ => char.ConvertFromUtf32(0x1D7CE + n),
            });
        }

        return text.ToString();
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
