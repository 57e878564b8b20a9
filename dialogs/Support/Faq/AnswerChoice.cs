namespace SupportBot.Dialogs.Faq;

/// <summary>What answers a question: one passage, or two FAQ entries too close to choose between ("A or B?"), or neither.</summary>
public sealed record AnswerChoice(AnswerPassage? Answer, IReadOnlyList<AnswerPassage> Options)
{
    public static AnswerChoice None { get; } = new(null, []);

    public bool Unsure => Answer is null && Options.Count > 1;
}
