namespace SupportBot.Knowledge;

/// <summary>
/// One top-level part of a content file (a table, list or text of the article) as blocks ready to show, with the
/// place it was written so `coverage` can point a lead at content no answer shows.
/// </summary>
public sealed record ContentSection(string Id, string File, int Line, IReadOnlyList<SectionBlock> Blocks);
