namespace SupportBot.Knowledge;

/// <summary>Why a cancellation request failed and what to do about it.</summary>
public sealed record FailureCause(
    string Id,
    LocalizedText Label,
    LocalizedText Remedy,
    Procedure? Procedure,
    bool EscalateIfRepeated);
