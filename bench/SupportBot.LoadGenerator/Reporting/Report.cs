using System.Globalization;
using System.Text;
using SupportBot.LoadGenerator.Running;

namespace SupportBot.LoadGenerator.Reporting;

/// <summary>Markdown tables, ready to paste into bench/README.md.</summary>
public static class Report
{
    public static string Runs(IReadOnlyList<RunResult> runs)
    {
        var text = new StringBuilder();
        text.AppendLine("| target | customers | conversations (ok) | turns | turns/s | p50 ms | p95 ms | p99 ms | errors | host RSS MiB | host CPU ms/turn |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in runs)
        {
            text.AppendLine(Inv($"| {r.Target} | {r.Customers} | {r.Conversations} ({r.CompletedConversations}) | {r.LatenciesMs.Count} | {r.TurnsPerSecond:F0} | {r.Percentile(50):F1} | {r.Percentile(95):F1} | {r.Percentile(99):F1} | {r.Errors} | {r.ResidentMiB:F0} | {r.HostCpuMsPerTurn:F2} |"));
        }

        foreach (var r in runs.Where(r => r.Errors > 0))
        {
            text.AppendLine(Inv($"errors of {r.Target}: {string.Join("; ", r.ErrorKinds.Select(e => $"{e.Value}× {e.Key}"))}"));
        }

        return text.ToString();
    }

    public static string Ratios(RunResult echo, IEnumerable<RunResult> ours)
    {
        var text = new StringBuilder();
        text.AppendLine("| ours vs echo | throughput ratio (target ≥ 0.5) | p99 ratio (target ≤ 3) |");
        text.AppendLine("|---|---:|---:|");
        foreach (var r in ours)
        {
            text.AppendLine(Inv($"| {r.Target} | {r.TurnsPerSecond / echo.TurnsPerSecond:F2} | {r.Percentile(99) / echo.Percentile(99):F2} |"));
        }

        return text.ToString();
    }

    public static string States(IReadOnlyList<StateSize> states)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | state bytes mid-dialog (target ≤ 4096) | largest | after each turn |");
        text.AppendLine("|---|---:|---:|---|");
        foreach (var s in states)
        {
            text.AppendLine(Inv($"| {s.Scenario} | {s.MidDialogBytes} | {s.MaxBytes} | {string.Join(", ", s.PerStepBytes)} |"));
        }

        return text.ToString();
    }

    public static string Memory(IReadOnlyList<MemorySample> samples)
    {
        if (samples.Count == 0)
        {
            return "(no memory samples)\n";
        }

        var picks = new[] { samples[0], samples[samples.Count / 4], samples[samples.Count / 2], samples[3 * samples.Count / 4], samples[^1] };
        var text = new StringBuilder();
        text.AppendLine("| after conversations | host RSS MiB |");
        text.AppendLine("|---:|---:|");
        foreach (var s in picks.DistinctBy(s => s.Conversations))
        {
            text.AppendLine(Inv($"| {s.Conversations} | {s.ResidentMiB:F0} |"));
        }

        text.AppendLine(Inv($"min {samples.Min(s => s.ResidentMiB):F0} MiB, max {samples.Max(s => s.ResidentMiB):F0} MiB over {samples.Count} samples"));
        text.AppendLine("every sample (conversations: MiB): " + string.Join(", ", samples.Select(s => Inv($"{s.Conversations}: {s.ResidentMiB:F0}"))));
        return text.ToString();
    }

    private static string Inv(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
