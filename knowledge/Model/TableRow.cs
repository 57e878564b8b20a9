namespace SupportBot.Knowledge;

/// <summary>One row of a reference table from the content (for example the store vs marketplace comparison).</summary>
public sealed record TableRow(IReadOnlyList<LocalizedText> Cells);
