namespace SupportBot.LoadGenerator.Running;

/// <summary>Stored conversation-state bytes of one scenario: at its mid-dialog step, the largest, and after each step.</summary>
public sealed record StateSize(string Scenario, long MidDialogBytes, long MaxBytes, IReadOnlyList<long> PerStepBytes);
