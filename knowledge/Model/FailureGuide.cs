namespace SupportBot.Knowledge;

/// <summary>failures.yaml: causes with remedies, failure patterns, what to check after a failure, delay causes.</summary>
public sealed record FailureGuide(
    IReadOnlyList<FailureCause> Causes,
    IReadOnlyList<FailurePattern> Patterns,
    IReadOnlyList<LocalizedText> AfterFailureSteps,
    LocalizedText? Prevention,
    IReadOnlyList<TableRow> DelayCauses)
{
    public FailureCause? Find(string id) => Causes.FirstOrDefault(c => c.Id == id);
}
