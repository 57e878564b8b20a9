namespace SupportBot.Knowledge;

/// <summary>
/// answers.yaml: how long a bubble and an outcome turn may be, phrasings the bot must never use, and lines that
/// must never stand in one answer. Every composed answer is checked against them when the knowledge loads.
/// </summary>
public sealed record AnswerRules(
    int BubbleChars,
    int TurnChars,
    IReadOnlyList<NeverSayRule> NeverSay,
    IReadOnlyList<NeverTogetherRule> NeverTogether);
