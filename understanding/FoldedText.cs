using System.Globalization;
using System.Text;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Understanding;

/// <summary>
/// A customer's text folded for matching (NFKC, lower case, hiragana, dashes, no apostrophes) that remembers,
/// for every folded character, the span of the original text it came from, so entities report original offsets.
/// </summary>
public sealed class FoldedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private FoldedText(string original, string value, int[] starts, int[] ends)
    {
        Original = original;
        Value = value;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }

    /// <summary>The folded text that phrases and patterns are matched against.</summary>
    public string Value { get; }

    public static FoldedText From(string? text)
    {
        text ??= string.Empty;
        var builder = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var elements = StringInfo.GetTextElementEnumerator(text);
        var pendingSpaces = new List<(int Start, int End)>();
        void KeepPendingSpaces()
        {
            foreach (var (spaceStart, spaceEnd) in pendingSpaces)
            {
                builder.Append(' ');
                starts.Add(spaceStart);
                ends.Add(spaceEnd);
            }

            pendingSpaces.Clear();
        }

        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var start = elements.ElementIndex;
            var folded = FoldElement(element);
            if (folded == " ")
            {
                pendingSpaces.Add((start, start + element.Length));
                continue;
            }

            // Learners and voice input put spaces between Japanese words (「ひと に はなす」「amazon じゃない」); phrases have none.
            if (builder.Length > 0 && folded.Length > 0 && SpokenJapanese.JoinsAcrossSpace(builder[^1], folded[0]))
            {
                pendingSpaces.Clear();
            }
            else
            {
                KeepPendingSpaces();
            }

            foreach (var c in folded)
            {
                builder.Append(c);
                starts.Add(start);
                ends.Add(start + element.Length);
            }
        }

        KeepPendingSpaces();
        return new FoldedText(text, builder.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>The same original text with some folded spans replaced (spelling fixes); offsets follow the replaced span.</summary>
    public FoldedText Replace(IReadOnlyList<(int Start, int Length, string With)> replacements)
    {
        if (replacements.Count == 0)
        {
            return this;
        }

        var builder = new StringBuilder(Value.Length);
        var starts = new List<int>(Value.Length);
        var ends = new List<int>(Value.Length);
        var position = 0;
        foreach (var (start, length, with) in replacements.OrderBy(r => r.Start))
        {
            for (; position < start; position++)
            {
                builder.Append(Value[position]);
                starts.Add(_starts[position]);
                ends.Add(_ends[position]);
            }

            foreach (var c in with)
            {
                builder.Append(c);
                starts.Add(_starts[start]);
                ends.Add(_ends[start + length - 1]);
            }

            position = start + length;
        }

        for (; position < Value.Length; position++)
        {
            builder.Append(Value[position]);
            starts.Add(_starts[position]);
            ends.Add(_ends[position]);
        }

        return new FoldedText(Original, builder.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>Original start offset of folded character <paramref name="index"/>.</summary>
    public int OriginalStart(int index) => _starts[index];

    /// <summary>Original end offset (exclusive) of the folded span ending before <paramref name="endExclusive"/>.</summary>
    public int OriginalEnd(int endExclusive) => _ends[endExclusive - 1];

    public string OriginalSpan(int start, int endExclusive) =>
        Original[OriginalStart(start)..OriginalEnd(endExclusive)];

    /// <summary>Folds one phrase of the vocabulary the same way as customer text.</summary>
    public static string FoldPhrase(string phrase) => SpokenJapanese.Simplify(From(phrase).Value.Trim());

    private static string FoldElement(string element)
    {
        if (element is "'" or "\u2019" or "\u2018" or "`")
        {
            return string.Empty; // "don't" and "dont" compare equal.
        }

        var folded = TextNormalizer.Fold(element);
        if (folded.Length == 1 && SpokenJapanese.PlainVowel(folded[0]) is var plain && plain != folded[0])
        {
            return plain.ToString(); // 「なぃ」「ですぅ」 write a plain vowel small for effect.
        }

        if (folded.Length > 0)
        {
            return folded;
        }

        var normalized = TextNormalizer.Normalize(element).ToLowerInvariant();
        return normalized.Length > 0 ? normalized : " ";
    }
}
