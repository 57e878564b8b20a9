namespace SupportBot.Dialogs.Answering;

/// <summary>What answers a question: one passage, or two FAQ entries too close to choose between ("A or B?"), or neither.</summary>
public sealed record AnswerChoice(AnswerPassage? Answer, IReadOnlyList<AnswerPassage> Options)
{
    public static AnswerChoice None { get; } = new(null, []);

    public bool Unsure => Answer is null && Options.Count > 1;

    /// <summary>How it was found: "classifier" (the FAQ's question matcher), "ranking" (the passages' BM25 ranking) or "act" (the reading's act, such as a refund-timing question).</summary>
    public string? Method { get; init; }

    /// <summary>The ranking's score of the answer (or of the first option), when the ranking scored it.</summary>
    public double? Score { get; init; }

    /// <summary>The best other passage when it scored near the answer (for the trace: why this one and not that one).</summary>
    public AnswerPassage? RunnerUp { get; init; }

    public double? RunnerUpScore { get; init; }
}
