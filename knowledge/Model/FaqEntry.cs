namespace SupportBot.Knowledge;

/// <summary>
/// A question with its answer: an optional lead text and the parts of the content it shows (section ids), with the
/// words that find it (per language): keywords found inside a message, and whole example questions the FAQ's
/// classifier learns from. <see cref="Topic"/>: a conversation (a menu topic) that answers it better when the customer
/// states it as their situation ("キャンセルしたのに発送された" starts the shipped-anyway guide).
/// </summary>
public sealed record FaqEntry(
    string Id,
    LocalizedText Question,
    LocalizedText? Answer,
    Phrases Keywords,
    Phrases Examples,
    IReadOnlyList<string> Shows,
    string? Topic = null);
