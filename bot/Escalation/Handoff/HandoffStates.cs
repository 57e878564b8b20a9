namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>The states a handoff.status event reports (Bot Framework handoff protocol).</summary>
public static class HandoffStates
{
    public const string Accepted = "accepted";
    public const string Failed = "failed";
    public const string Completed = "completed";
}
