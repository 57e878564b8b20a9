namespace SupportBot.Bot.Operations.Metrics;

/// <summary>The "Metrics" section: who may scrape /metrics (turn counts, errors and latencies tell an outsider how the shop is doing).</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Callers on this machine may scrape; others need <see cref="ScrapeKey"/>. False opens /metrics to every caller.</summary>
    public bool FromLoopbackOnly { get; set; } = true;

    /// <summary>Optional: a Prometheus <c>bearer_token</c> (at least 16 characters) that lets a scraper on another host in.</summary>
    public string? ScrapeKey { get; set; }
}
