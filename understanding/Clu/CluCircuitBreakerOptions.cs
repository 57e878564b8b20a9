namespace SupportBot.Understanding.Clu;

/// <summary>When to stop calling CLU during an outage, and when to try it again.</summary>
public sealed class CluCircuitBreakerOptions
{
    /// <summary>Consecutive failed calls that open the circuit.</summary>
    public int FailuresBeforeOpen { get; set; } = 3;

    /// <summary>How long the circuit stays open before one probe call is let through.</summary>
    public int OpenSeconds { get; set; } = 30;
}
