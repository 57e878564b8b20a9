namespace SupportBot.Testing.Stories;

/// <summary>
/// How one customer line went: its categories, the checks it failed, whether the bot answered wrongly without
/// asking (a wrong outcome or an answer without the substance asked for), and what the bot said.
/// </summary>
public sealed record TurnVerdict(int Index, string Say, IReadOnlyList<string> Categories, IReadOnlyList<string> Failures, bool ConfidentWrong, bool Clarified, string Replies)
{
    public bool Passed => Failures.Count == 0;
}
