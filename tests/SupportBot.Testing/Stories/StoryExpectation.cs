namespace SupportBot.Testing.Stories;

/// <summary>
/// Checks on substance a writer sets for one line: the outcome given, facts that must not be asked again, words of
/// substance that must (any) or must not appear, a person offered, the topic declined.
/// </summary>
public sealed record StoryExpectation(
    string? Outcome,
    IReadOnlyList<string> NeverAsk,
    IReadOnlyList<string> MentionsAny,
    IReadOnlyList<string> MentionsNone,
    bool OffersPerson,
    bool DeclinesTopic)
{
    public static StoryExpectation None { get; } = new(null, [], [], [], false, false);
}
