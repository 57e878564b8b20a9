namespace SupportBot.Knowledge;

/// <summary>Packs lines into as few bubbles as fit a phone: a line never splits, a bubble never exceeds the limit unless one line does.</summary>
public static class BubblePacker
{
    public static IReadOnlyList<AnswerBubble> Pack(IEnumerable<AnswerLine> lines, int limit)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var bubbles = new List<AnswerBubble>();
        var current = new List<AnswerLine>();
        var length = 0;
        foreach (var line in lines)
        {
            var added = PlainText.Length(line.Text) + (current.Count > 0 ? 1 : 0);
            if (current.Count > 0 && length + added > limit)
            {
                bubbles.Add(new AnswerBubble(current));
                (current, length, added) = ([], 0, PlainText.Length(line.Text));
            }

            current.Add(line);
            length += added;
        }

        if (current.Count > 0)
        {
            bubbles.Add(new AnswerBubble(current));
        }

        return bubbles;
    }
}
