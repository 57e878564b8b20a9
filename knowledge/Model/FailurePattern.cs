namespace SupportBot.Knowledge;

/// <summary>A common failure situation and the cause it belongs to.</summary>
public sealed record FailurePattern(LocalizedText Text, FailureCause Cause);
