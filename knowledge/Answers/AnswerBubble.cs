namespace SupportBot.Knowledge;

/// <summary>One chat bubble: lines shown together, measured as the customer reads them (no markdown marks).</summary>
public sealed record AnswerBubble(IReadOnlyList<AnswerLine> Lines)
{
    public string Text => string.Join("\n", Lines.Select(l => l.Text));

    public int PlainLength => PlainText.Length(Text);
}
