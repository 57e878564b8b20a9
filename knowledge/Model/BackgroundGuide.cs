namespace SupportBot.Knowledge;

/// <summary>background.yaml: glossary, overall flow, cases that cannot be cancelled, and the legal background.</summary>
public sealed record BackgroundGuide(
    IReadOnlyList<TableRow> Glossary,
    IReadOnlyList<LocalizedText> Flow,
    IReadOnlyList<LocalizedText> CannotCancelCases,
    LocalizedText? CannotCancelNext,
    LocalizedText ShippedCannotCancelSummary,
    IReadOnlyList<LocalizedText> ShippedCannotCancelReasons,
    LocalizedText ShippedCannotCancelNext);
