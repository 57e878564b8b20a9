using System.Globalization;
using System.Text;
using SupportBot.Bot.Storage.Pii;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>
/// How not-understood utterances are grouped: NFKC (full-width letters and digits folded), lower case, runs of spaces
/// as one, closing punctuation dropped; so 「返品したい！」 and 「返品したい」 count as one line for the lead.
/// </summary>
public static class UtteranceKey
{
    private static readonly string[] Masks = [PiiMasker.OrderMask, PiiMasker.PhoneMask, PiiMasker.EmailMask];

    private static readonly char[] ClosingPunctuation = ['。', '、', '.', ',', '!', '?', '！', '？', '…', '~', '〜', ' '];

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        // The transcripts' PII masks stay as written, so a lead sees [PHONE], not [phone].
        var key = builder.ToString().TrimEnd(ClosingPunctuation);
        foreach (var mask in Masks)
        {
            key = key.Replace(mask.ToLower(CultureInfo.InvariantCulture), mask, StringComparison.Ordinal);
        }

        return key;
    }
}
