using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Hosting;

/// <summary>Limits applied at the door, before an activity reaches the adapter.</summary>
public sealed class BotHostOptions
{
    public const string SectionName = "BotHost";

    /// <summary>Largest request body accepted on /api/messages, in bytes.</summary>
    [Range(1_024, 16 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longest message text accepted, in characters (customers type sentences, not essays).</summary>
    [Range(1, 100_000)]
    public int MaxMessageTextLength { get; set; } = 2_000;
}
