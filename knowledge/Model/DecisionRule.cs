namespace SupportBot.Knowledge;

/// <summary>A rule from decision-rules.yaml: the stages and sellers it covers and what to tell the customer.</summary>
public sealed record DecisionRule(
    string Id,
    IReadOnlyList<OrderStage> Stages,
    IReadOnlyList<SellerType> Sellers,
    Outcome Outcome,
    LocalizedText Headline,
    LocalizedText? Warning,
    IReadOnlyList<LocalizedText> Steps,
    IReadOnlyList<LocalizedText> Cautions,
    IReadOnlyList<LocalizedText> IfFails,
    IReadOnlyList<FailureCause> FailureCauses,
    Procedure? Procedure,
    Procedure? FallbackProcedure);
