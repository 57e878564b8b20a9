namespace SupportBot.Knowledge;

/// <summary>
/// An outcome as the customer gets it: what to do now, the steps and the refund line for this payment and seller
/// (<see cref="Now"/>); cautions and "if it does not work" only when asked for.
/// </summary>
public sealed record ComposedOutcome(
    Decision Decision,
    string Language,
    IReadOnlyList<AnswerBubble> Now,
    IReadOnlyList<AnswerBubble> Cautions,
    IReadOnlyList<AnswerBubble> IfFails)
{
    public IEnumerable<AnswerBubble> All => Now.Concat(Cautions).Concat(IfFails);
}
