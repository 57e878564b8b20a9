using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.RateLimiting;

/// <summary>
/// The "RateLimits" section: requests per minute that /api/messages and /v3/directline accept from one client
/// address, and that Direct Line accepts with one token. Generous defaults: the load benchmark and a single
/// Azure Bot Service egress address stay under them; lower them where the bot faces the open internet.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests per minute from one client address to the bot's channel endpoints; 0 turns the limit off.</summary>
    [Range(0, int.MaxValue)]
    public int PerAddressPerMinute { get; set; } = 60_000;

    /// <summary>Direct Line requests per minute with one token (the channel secret is exempt); 0 turns the limit off.</summary>
    [Range(0, int.MaxValue)]
    public int PerTokenPerMinute { get; set; } = 600;
}
