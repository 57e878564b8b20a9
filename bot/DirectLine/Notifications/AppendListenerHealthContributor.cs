using SupportBot.Bot.Health;

namespace SupportBot.Bot.DirectLine.Notifications;

/// <summary>Shows how streams learn of other instances' appends; "degraded" while they fall back to polling.</summary>
internal sealed class AppendListenerHealthContributor(AppendListenerStatus status) : IHealthContributor
{
    public void Contribute(IDictionary<string, object?> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        report["directline_delivery"] = status.Listening ? "notify" : "polling";
        if (!status.Listening)
        {
            report["status"] = "degraded";
        }
    }
}
