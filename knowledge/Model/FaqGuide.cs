namespace SupportBot.Knowledge;

/// <summary>faq.yaml: the FAQ entries (and those offered as buttons), the failure checklist and the mistake-prevention tips.</summary>
public sealed record FaqGuide(
    IReadOnlyList<FaqEntry> Entries,
    IReadOnlyList<FaqEntry> Buttons,
    IReadOnlyList<TableRow> Checklist,
    IReadOnlyList<LocalizedText> Tips,
    IReadOnlyList<LocalizedText> IfUnsure);
