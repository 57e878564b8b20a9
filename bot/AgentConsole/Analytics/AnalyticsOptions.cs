using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.AgentConsole.Analytics;

/// <summary>How the analytics page cuts days: at midnight of this UTC offset (the store's, +09:00 for Japan).</summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Analytics";

    [Range(typeof(TimeSpan), "-14:00:00", "14:00:00")]
    public TimeSpan UtcOffset { get; set; }
}
