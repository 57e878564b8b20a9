namespace SupportBot.Testing.Stories;

/// <summary>How a whole story went: it passes when every line does.</summary>
public sealed record StoryVerdict(Story Story, IReadOnlyList<TurnVerdict> Turns)
{
    public bool Passed => Turns.All(t => t.Passed);

    public IEnumerable<string> Categories => Turns.SelectMany(t => t.Categories).Distinct(StringComparer.Ordinal);

    public string Describe() => Story.Id + " (" + Story.Writer + ", " + Story.Locale + "): " + Story.Situation + "\n" + string.Join(
        "\n",
        Turns.Select(t => $"  {t.Index + 1}. [{(t.Passed ? "ok" : "FAIL")}] {t.Say}\n     bot: {t.Replies.Replace("\n", " ", StringComparison.Ordinal)}"
            + string.Concat(t.Failures.Select(f => "\n     - " + f))));
}
