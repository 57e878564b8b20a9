using System.Globalization;
using System.Text.RegularExpressions;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Understanding;

/// <summary>
/// How many times the customer says they have contacted the seller (「メッセージ3回送った」, "messaged them twice"), so
/// the escalation policy's "contacted twice, no reply" can be met from what they said. Zero when they say no number.
/// </summary>
public static partial class SellerContacts
{
    public static int Count(string? text)
    {
        var folded = TextNormalizer.Fold(text);
        if (Often().IsMatch(folded))
        {
            return int.MaxValue;
        }

        var most = 0;
        foreach (Match match in Times().Matches(folded))
        {
            var number = match.Groups["n"].Value switch
            {
                "二" or "two" => 2,
                "三" or "three" => 3,
                var digits => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 20 ? n : 0,
            };
            most = Math.Max(most, number);
        }

        return Math.Max(most, Twice().IsMatch(folded) ? 2 : 0);
    }

    // A count of sending or messaging: 「2回送った」「3回連絡」「メッセージ2回」「2かいおくった」, "sent 3 times".
    [GeneratedRegex(@"(?:送|おく|連絡|れんらく|めっせーじ|問い合わせ|message|sent|contacted|wrote)\D{0,6}?(?<n>\d{1,2}|二|三|two|three)\s*(?:回|かい|度|times)|(?<n>\d{1,2}|二|三|two|three)\s*(?:回|かい|度|times)\D{0,8}?(?:送|おく|連絡|れんらく|めっせーじ|問い合わせ|message|sent|contacted|wrote)", RegexOptions.CultureInvariant)]
    private static partial Regex Times();

    [GeneratedRegex(@"(?<![a-z])(?:messaged (?:them |the seller )?twice|contacted (?:them |the seller )?twice|wrote (?:to them |to the seller )?twice|twice)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Twice();

    [GeneratedRegex(@"何度も(?:連絡|送|問い合わせ|めっせーじ)|何回も(?:連絡|送|問い合わせ|めっせーじ)|(?<![a-z])(?:many times|several times|again and again)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Often();
}
