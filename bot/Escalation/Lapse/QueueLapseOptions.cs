using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Escalation.Lapse;

/// <summary>
/// The "Escalation:Lapse" section: a queued customer silent this long is asked whether they still need help, and the
/// ticket lapses if they do not answer, so a queue position counts only customers still there.
/// </summary>
public sealed class QueueLapseOptions
{
    public const string SectionName = "Escalation:Lapse";

    /// <summary>Minutes of silence from a queued customer (while the desk is open) before they are asked; 0 turns lapsing off.</summary>
    [Range(0, 24 * 60)]
    public int AskAfterMinutes { get; set; } = 15;

    /// <summary>Minutes the customer has to answer the question before the ticket lapses.</summary>
    [Range(1, 24 * 60)]
    public int LapseAfterMinutes { get; set; } = 10;

    /// <summary>How often the queue is checked.</summary>
    [Range(5, 3600)]
    public int CheckEverySeconds { get; set; } = 60;
}
