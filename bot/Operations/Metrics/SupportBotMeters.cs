using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.Storage;
using SupportBot.Understanding.Clu;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Operations.Metrics;

/// <summary>The bot's meters, one per area; /metrics exports all of them.</summary>
public static class SupportBotMeters
{
    public const string Turns = "SupportBot.Turns";
    public const string Dialogs = "SupportBot.Dialogs";
    public const string Recognition = CluMetrics.MeterName;

    public static IReadOnlyList<string> All { get; } =
    [
        Turns,
        Dialogs,
        EscalationMetrics.MeterName,
        Recognition,
        KnowledgeMetrics.MeterName,
        DirectLineMetrics.MeterName,
        StoreMetrics.MeterName,
    ];

    /// <summary>What ASP.NET Core and the runtime publish themselves (requests, connections, GC, thread pool).</summary>
    public static IReadOnlyList<string> Platform { get; } =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "System.Runtime",
    ];
}
