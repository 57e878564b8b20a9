namespace SupportBot.Knowledge;

/// <summary>A question and answer, with the words that should find it (per language) and an optional related id.</summary>
public sealed record FaqEntry(string Id, LocalizedText Question, LocalizedText Answer, Phrases Keywords, string? See);
