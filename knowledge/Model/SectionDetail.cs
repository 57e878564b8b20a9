namespace SupportBot.Knowledge;

/// <summary>One cell of a table row, or one line of a list inside it (<see cref="Column"/> null).</summary>
public sealed record SectionDetail(string? Column, LocalizedText Text);
