namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>How a resolved ticket ended; stored as text in escalation_tickets.resolution.</summary>
public static class TicketResolution
{
    /// <summary>An agent resolved it and handed the conversation back to the bot.</summary>
    public const string Resolved = "resolved";

    /// <summary>The customer withdrew the request before or during the hand-over.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>The customer left while queued: asked whether they still needed help, they did not answer in time.</summary>
    public const string Lapsed = "lapsed";

    /// <summary>An external agent hub reported handoff.status completed.</summary>
    public const string HandoffCompleted = "handoff_completed";
}
