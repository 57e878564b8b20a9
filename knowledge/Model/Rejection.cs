namespace SupportBot.Knowledge;

/// <summary>A reason a cancellation was refused and the alternative to offer.</summary>
public sealed record Rejection(
    string Id,
    LocalizedText Reason,
    LocalizedText Alternative,
    Outcome Outcome,
    Procedure? Procedure);
