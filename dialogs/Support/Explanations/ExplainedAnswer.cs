namespace SupportBot.Dialogs.Explanations;

/// <summary>The knowledge base's answer to the turn's question: the passage (or the options offered), how it was found, its score, the near runner-up.</summary>
public sealed record ExplainedAnswer(
    string? Passage,
    IReadOnlyList<string> Options,
    string? Method,
    double? Score,
    string? RunnerUp,
    double? RunnerUpScore);
