namespace SupportBot.Knowledge;

/// <summary>
/// answers.yaml: how long a bubble and an outcome turn may be, phrasings the bot must never use, and lines that
/// must never stand in one answer. Every composed answer is checked against them when the knowledge loads.
/// <see cref="Sources"/>: for each rule, payment method and FAQ entry ("faq.yaml#penalty"), the article's sections
/// it names as its source.
/// </summary>
public sealed record AnswerRules(
    int BubbleChars,
    int TurnChars,
    IReadOnlyList<NeverSayRule> NeverSay,
    IReadOnlyList<NeverTogetherRule> NeverTogether,
    IReadOnlyDictionary<string, IReadOnlyList<LocalizedText>> Sources);
