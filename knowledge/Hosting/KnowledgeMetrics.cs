using System.Diagnostics.Metrics;

namespace SupportBot.Knowledge;

/// <summary>
/// The "SupportBot.Knowledge" meter: reloads of the knowledge files by result (loaded, unchanged, failed). Static,
/// because the knowledge base is built without the host's meter factory (the lead CLI, tests).
/// </summary>
public static class KnowledgeMetrics
{
    public const string MeterName = "SupportBot.Knowledge";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Reloads = Meter.CreateCounter<long>(
        "supportbot.knowledge.reloads", "{reload}", "Reloads of the knowledge files by result: loaded (a new version serves), unchanged, failed (the last good version stays).");

    public static void Reloaded(string result) => Reloads.Add(1, new KeyValuePair<string, object?>("result", result));
}
