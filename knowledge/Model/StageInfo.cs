namespace SupportBot.Knowledge;

/// <summary>An order stage's label and how the customer can see it in the order history.</summary>
public sealed record StageInfo(OrderStage Stage, LocalizedText Label, LocalizedText HowToSee);
