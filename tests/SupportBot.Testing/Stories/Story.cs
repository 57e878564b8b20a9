namespace SupportBot.Testing.Stories;

/// <summary>A conversation as a customer would have it: the client's locale, what really happened, the customer's lines.</summary>
public sealed record Story(string Id, string Writer, string Locale, string Situation, IReadOnlyList<StoryTurn> Turns)
{
    public string Language => Locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja";

    public override string ToString() => Id;
}
