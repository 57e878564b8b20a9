using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SupportBot.Testing.Hosting;

namespace SupportBot.Browser.Tests.Playground;

/// <summary>
/// Microsoft 365 Agents Playground's own CLI (tests/playground, pinned; scripts/test-setup/35-playground.sh installs it),
/// started as a tester would, with no channel flag, against the bot's /api/messages.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PlaygroundProcess(Process process) => _process = process;

    public static string CliPath => Path.Combine(RepositoryRoot.Path, "tests", "playground", "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    /// <summary>The Playground's page (and its loopback connector, the serviceUrl of what it sends).</summary>
    public Uri PageAddress { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<PlaygroundProcess> StartAsync(Uri botMessages, string folder)
    {
        if (!File.Exists(CliPath))
        {
            throw new InvalidOperationException($"{CliPath} is missing: run scripts/test.sh (it installs the pinned Playground) or npm ci in tests/playground.");
        }

        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { CliPath, "-e", botMessages.ToString(), "-p", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-telemetry" })
        {
            info.ArgumentList.Add(argument);
        }

        // No browser of its own (the test drives Chromium), and its log file in the fixture's folder, not the repository.
        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(folder, "playground.log");
        var playground = new PlaygroundProcess(Process.Start(info) ?? throw new InvalidOperationException("node did not start."));
        playground._process.OutputDataReceived += (_, e) => playground.Append(e.Data);
        playground._process.ErrorDataReceived += (_, e) => playground.Append(e.Data);
        playground._process.BeginOutputReadLine();
        playground._process.BeginErrorReadLine();
        var exited = playground._process.WaitForExitAsync();
        var first = await Task.WhenAny(playground._listening.Task, exited).WaitAsync(SupportBot.Testing.Time.Patience.Hang);
        if (first == exited)
        {
            throw new InvalidOperationException("The Playground exited while starting:\n" + playground.Output);
        }

        // It falls back to another port when the one asked for is taken, and says which.
        playground.PageAddress = new Uri($"http://localhost:{await playground._listening.Task}/");
        return playground;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^Listening on (\d+)$")]
    private static partial Regex Listening();
}
