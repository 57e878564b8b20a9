namespace SupportBot.Knowledge;

/// <summary>
/// One list item: a plain text (no title, one detail), or a table row whose first column is the title and whose
/// other columns are details, each with its column's name (for a label from messages.yaml `column.NAME`).
/// </summary>
public sealed record SectionItem(LocalizedText? Title, IReadOnlyList<SectionDetail> Details);
