using System.Text;

namespace SupportBot.Understanding.Trained;

/// <summary>
/// The features the classifier sees: character 1- to n-grams (3 by default) of the folded text (Japanese needs no tokenizer this
/// way, and a typo changes only a few of them), plus whole Latin words. Digits are folded to 0, so every order
/// number, date or amount looks alike and the examples need not cover them.
/// </summary>
public static class TextFeatures
{
    public const int MaxLength = 400;

    public static IEnumerable<string> Of(string text, int maxGram = 3)
    {
        var prepared = Prepare(text);
        var padded = "\u0002" + prepared + "\u0003";
        for (var n = 1; n <= maxGram; n++)
        {
            for (var i = 0; i + n <= padded.Length; i++)
            {
                var gram = padded.Substring(i, n);
                if (n == 1 && (gram[0] is ' ' or '\u0002' or '\u0003'))
                {
                    continue;
                }

                yield return gram;
            }
        }

        foreach (var word in prepared.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && word.All(c => c is >= 'a' and <= 'z' or '0' or '\''))
            {
                yield return "w:" + word;
            }
        }
    }

    /// <summary>Folded (NFKC, lower case, hiragana), digits as 0, punctuation as space; long messages keep their start and end.</summary>
    public static string Prepare(string text)
    {
        var folded = FoldedText.From(text).Value;
        var builder = new StringBuilder(folded.Length);
        var lastSpace = true;
        foreach (var c in folded)
        {
            var mapped = char.IsDigit(c) ? '0' : char.IsLetter(c) || c == '\'' ? c : ' ';
            if (mapped == ' ' && lastSpace)
            {
                continue;
            }

            if (mapped == '0' && builder.Length > 0 && builder[^1] == '0')
            {
                continue;
            }

            builder.Append(mapped);
            lastSpace = mapped == ' ';
        }

        var prepared = builder.ToString().Trim();
        // A long complaint says what it wants near its start or its end; the middle only dilutes the features.
        return prepared.Length <= MaxLength ? prepared : prepared[..(MaxLength / 2)] + " " + prepared[^(MaxLength / 2)..];
    }
}
