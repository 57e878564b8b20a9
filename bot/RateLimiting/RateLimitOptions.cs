using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.RateLimiting;

/// <summary>
/// The "RateLimits" section: requests per minute the channel endpoints accept. Sized for a store (bench/README.md,
/// "Limits per customer"): a customer in Web Chat makes a handful of requests a minute (token, start, one post per
/// message; replies arrive on one WebSocket), so a conversation gets 120 and a Direct Line address 600, room for a
/// family or an office behind one NAT; IPv6 addresses count per /64, the block one customer's router hands out.
/// /api/messages comes from Azure Bot Service's few egress addresses, so its per-address budget stays high.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Requests per minute from one client address (IPv6: one /64) to /api/messages; 0 turns the limit off.</summary>
    [Range(0, int.MaxValue)]
    public int PerAddressPerMinute { get; set; } = 60_000;

    /// <summary>Requests per minute from one client address (IPv6: one /64) to /v3/directline and /api/token; 0 turns the limit off.</summary>
    [Range(0, int.MaxValue)]
    public int DirectLinePerAddressPerMinute { get; set; } = 600;

    /// <summary>Direct Line requests per minute for one conversation, whichever of its tokens is used (the channel secret is exempt); 0 turns the limit off.</summary>
    [Range(0, int.MaxValue)]
    public int PerTokenPerMinute { get; set; } = 120;
}
