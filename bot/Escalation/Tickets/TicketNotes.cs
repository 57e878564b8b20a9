namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>
/// The system notes a ticket's messages carry (sender <see cref="TicketSenders.System"/>): what is written by the desk,
/// the survey and the queue, and read back by the desk figures and the queue's lapse check.
/// </summary>
public static class TicketNotes
{
    /// <summary>Text of the note an agent's take-over leaves (its sender name is the agent).</summary>
    public const string Assigned = "assigned";

    /// <summary>Text of the note a transfer leaves (its sender name is "from → to").</summary>
    public const string Transferred = "transferred";

    /// <summary>Sender name of the note holding how a resolved conversation ended.</summary>
    public const string Disposition = "disposition";

    /// <summary>Sender name of the note holding the customer's rating (1–5).</summary>
    public const string Satisfaction = "satisfaction";

    /// <summary>Sender name of the note holding the customer's comment after rating.</summary>
    public const string SatisfactionComment = "satisfaction_comment";

    /// <summary>Sender name of the queue's notes: the question below, and the lapse.</summary>
    public const string Lapse = "lapse";

    /// <summary>Text of the note that remembers a quiet queued customer was asked whether they still wait.</summary>
    public const string StillWaitingAsked = "still_waiting_asked";
}
