namespace SupportBot.Knowledge;

/// <summary>A procedure (refuse_delivery or return) with its steps.</summary>
public sealed record Procedure(string Id, LocalizedText Title, IReadOnlyList<LocalizedText> Steps);
