namespace SupportBot.Bot.Health;

/// <summary>Adds a part's state to /healthz (the knowledge version, store reachability...).</summary>
public interface IHealthContributor
{
    /// <summary>Adds entries; sets "status" to "degraded" when the part works on a fallback.</summary>
    void Contribute(IDictionary<string, object?> report);
}
