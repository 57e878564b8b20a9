using System.Globalization;
using System.Text;
using SupportBot.LoadGenerator.Running;
using SupportBot.LoadGenerator.Scenarios;
using SupportBot.LoadGenerator.Targets;

namespace SupportBot.LoadGenerator.Soak;

/// <summary>
/// Steady mixed load for a number of minutes: half the customers on Direct Line, half on /api/messages, each pausing
/// a second after every reply (a busy store's pace, not the host's ceiling), measured minute by minute so a leak or a
/// slow growth shows as a trend.
/// </summary>
public sealed class SoakRun(IBotTarget directLine, IBotTarget messages, int customers, HostProcess host, string databasePath)
{
    private static readonly TimeSpan Think = TimeSpan.FromSeconds(1);

    public async Task<IReadOnlyList<SoakMinute>> RunAsync(int minutes, Action<SoakMinute> report, CancellationToken cancellationToken)
    {
        var rows = new List<SoakMinute>();
        for (var minute = 1; minute <= minutes; minute++)
        {
            var half = Math.Max(1, customers / 2);
            var runs = await Task.WhenAll(
                new LoadRunner(directLine, ScenarioCatalog.Support, half) { ThinkTime = Think }.RunAsync(TimeSpan.FromMinutes(1), null, host.ResidentMiB, cancellationToken),
                new LoadRunner(messages, ScenarioCatalog.Support, customers - half) { ThinkTime = Think }.RunAsync(TimeSpan.FromMinutes(1), null, host.ResidentMiB, cancellationToken));
            var latencies = runs.SelectMany(r => r.LatenciesMs).Order().ToArray();
            var p99 = latencies.Length == 0 ? double.NaN : latencies[Math.Max(0, (int)Math.Ceiling(0.99 * latencies.Length) - 1)];
            var row = new SoakMinute(minute, latencies.Length, p99, runs.Sum(r => r.Errors), host.ResidentMiB(), DatabaseBytes());
            rows.Add(row);
            report(row);
            foreach (var kind in runs.SelectMany(r => r.ErrorKinds))
            {
                Console.WriteLine($"    error x{kind.Value}: {kind.Key}");
            }
        }

        return rows;
    }

    public static string Table(IReadOnlyList<SoakMinute> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| minute | turns | p99 ms | errors | host RSS MiB | database MiB |");
        text.AppendLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {row.Minute} | {row.Turns} | {row.P99Ms:F1} | {row.Errors} | {row.ResidentMiB:F0} | {row.DatabaseBytes / 1048576.0:F1} |"));
        }

        return text.ToString();
    }

    private long DatabaseBytes() =>
        new[] { databasePath, databasePath + "-wal", databasePath + "-shm" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);
}
