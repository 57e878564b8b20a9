namespace SupportBot.Knowledge;

/// <summary>account.yaml: how frequent cancellations affect an account and how to avoid cancelling.</summary>
public sealed record AccountGuide(
    LocalizedText Summary,
    IReadOnlyList<TableRow> Impacts,
    IReadOnlyList<LocalizedText> BeforeOrdering,
    LocalizedText? AfterOrdering,
    IReadOnlyList<LocalizedText> RiskExamples,
    IReadOnlyList<LocalizedText> AvoidSteps,
    LocalizedText? BuyerPenalty);
