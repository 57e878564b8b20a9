using System.Diagnostics;
using System.Text;

namespace SupportBot.Testing.Hosting;

/// <summary>
/// The real bot host as a separate process on a free loopback port, for tests that need a process boundary:
/// restarts after SIGKILL, two instances on one database, the README's run command.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the process printed so far (stdout and stderr).</summary>
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

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts bot/bin/{configuration}/net10.0/SupportBot.Bot.dll with the given environment, from
    /// <paramref name="workingDirectory"/> (default: a fresh temp folder, to prove the host finds its files
    /// wherever it starts), and waits until /healthz answers.
    /// </summary>
    public static async Task<BotProcess> StartAsync(
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null,
        int? port = null,
        TimeSpan? startTimeout = null)
    {
        var dll = HostAssemblyPath();
        var actualPort = port ?? FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{actualPort}/");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? Directory.CreateTempSubdirectory("supportbot-host-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        info.Environment["SUPPORTBOT_ROOT"] = RepositoryRoot.Path;
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new BotProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await host.WaitUntilHealthyAsync(startTimeout ?? TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        return host;
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown hooks, no flushing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    public static string HostAssemblyPath()
    {
        // The test assembly's own configuration (Debug/Release) picks the matching host build.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        var path = Path.Combine(RepositoryRoot.Path, "bot", "bin", configuration, "net10.0", "SupportBot.Bot.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build the host first (dotnet build SupportBot.sln): {path} is missing.", path);
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                // Exited is not drained: without this wait the redirected output can still be on its way.
                await _process.WaitForExitAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative)).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        await KillAsync().ConfigureAwait(false);
        throw new TimeoutException($"The bot did not answer /healthz within {timeout}:\n{Output}");
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
    }
}
