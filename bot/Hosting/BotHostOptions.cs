using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Hosting;

/// <summary>Limits applied at the door, before an activity reaches the adapter.</summary>
public sealed class BotHostOptions
{
    public const string SectionName = "BotHost";

    /// <summary>Largest request body accepted on /api/messages, in bytes.</summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// Longest message text the bot reads, in characters: a long complaint with the order number at its end fits. A
    /// longer one is still accepted (the body limit applies) and answered with a request to shorten it.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxMessageTextLength { get; set; } = 5_000;
}
