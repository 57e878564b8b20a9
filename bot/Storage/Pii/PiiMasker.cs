using System.Buffers;
using System.Text.RegularExpressions;

namespace SupportBot.Bot.Storage.Pii;

/// <summary>
/// Masks order numbers, phone numbers and e-mail addresses in text written to transcripts and logs.
/// Works on the text as typed (half- or full-width digits, any dash) so everything else stays byte for byte.
/// </summary>
public sealed partial class PiiMasker
{
    public const string OrderMask = "[ORDER]";
    public const string PhoneMask = "[PHONE]";
    public const string EmailMask = "[EMAIL]";

    // Every pattern needs a digit or an at sign: text without one (most replies) skips the three scans.
    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789０１２３４５６７８９@＠");

    public static PiiMasker Instance { get; } = new();

    public string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        if (!text.AsSpan().ContainsAny(Triggers))
        {
            return text;
        }

        // E-mail first (its digits must not be taken for a phone), then order numbers, which would also look like long phone numbers.
        var masked = EmailPattern().Replace(text, EmailMask);
        masked = OrderPattern().Replace(masked, OrderMask);
        return PhonePattern().Replace(masked, PhoneMask);
    }

    // Amazon-style 3-7-7 digits: 249-1234567-1234567, 24912345671234567, ２４９－１２３４５６７－１２３４５６７.
    [GeneratedRegex(@"(?<![0-9０-９])[0-9０-９]{3}[-‐‑‒–—―−ー－ 　]?[0-9０-９]{7}[-‐‑‒–—―−ー－ 　]?[0-9０-９]{7}(?![0-9０-９])")]
    private static partial Regex OrderPattern();

    // Japanese numbers: 090-1234-5678, 03-1234-5678, 0312345678, 09012345678, +81 90 1234 5678, full-width forms.
    [GeneratedRegex(
        @"(?<![0-9０-９])(?:" +
        @"[0０][0-9０-９]{1,4}[-‐‑‒–—―−ー－ 　(（)）]{1,2}[0-9０-９]{1,4}[-‐‑‒–—―−ー－ 　)）]{1,2}[0-9０-９]{4}" +
        @"|[0０][0-9０-９]{9,10}" +
        @"|[+＋][0-9０-９]{1,3}[-‐‑‒–—―−ー－ 　]?[0-9０-９]{1,4}[-‐‑‒–—―−ー－ 　]?[0-9０-９]{1,4}[-‐‑‒–—―−ー－ 　]?[0-9０-９]{4}" +
        @")(?![0-9０-９])")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９._%+\-．＿＋－]+[@＠][A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-－]+(?:[.．][A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-－]+)*[.．][A-Za-zＡ-Ｚａ-ｚ]{2,}")]
    private static partial Regex EmailPattern();
}
