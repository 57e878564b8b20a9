namespace SupportBot.Knowledge;

/// <summary>faq.yaml: the FAQ entries, the failure checklist and the mistake-prevention tips.</summary>
public sealed record FaqGuide(
    IReadOnlyList<FaqEntry> Entries,
    IReadOnlyList<TableRow> Checklist,
    IReadOnlyList<LocalizedText> Tips,
    IReadOnlyList<LocalizedText> IfUnsure);
