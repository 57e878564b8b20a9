namespace SupportBot.LoadGenerator.Running;

/// <summary>What one measured run produced: latencies of successful turns (ms), counts, wall time.</summary>
public sealed record RunResult(
    string Target,
    int Customers,
    int Conversations,
    int CompletedConversations,
    IReadOnlyList<double> LatenciesMs,
    int Errors,
    IReadOnlyDictionary<string, int> ErrorKinds,
    TimeSpan Elapsed,
    double? ResidentMiB)
{
    /// <summary>The host's CPU time during the run, when it was measured.</summary>
    public TimeSpan? HostCpu { get; init; }

    public double? HostCpuMsPerTurn => HostCpu is { } cpu && LatenciesMs.Count > 0 ? cpu.TotalMilliseconds / LatenciesMs.Count : null;

    public double TurnsPerSecond => LatenciesMs.Count / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToArray();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
