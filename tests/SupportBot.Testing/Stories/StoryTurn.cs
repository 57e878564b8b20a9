namespace SupportBot.Testing.Stories;

/// <summary>One customer line, the acts the writer says it carries, and what a good agent's reply achieves.</summary>
public sealed record StoryTurn(string Say, IReadOnlyList<string> Acts, StoryExpectation Expect)
{
    public bool Has(string act) => Acts.Contains(act, StringComparer.Ordinal);
}
