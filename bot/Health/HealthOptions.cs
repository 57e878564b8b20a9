namespace SupportBot.Bot.Health;

/// <summary>The "Health" section: who may read the details of /healthz.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>
    /// Details (knowledge directory, reload errors, store figures) only for callers on this machine; others get the
    /// status and version. Off when operators read /healthz from another host on a private network.
    /// </summary>
    public bool DetailsFromLoopbackOnly { get; set; } = true;
}
