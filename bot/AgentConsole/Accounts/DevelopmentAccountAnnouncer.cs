using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;

namespace SupportBot.Bot.AgentConsole.Accounts;

/// <summary>
/// Shows the development agent account once at start-up, never through the logger, whose sinks may be collected: on
/// the terminal when stderr is one, otherwise in a file only this user can read (a service manager writes stderr to
/// its log). Outside Development with no account configured it only warns.
/// </summary>
public sealed partial class DevelopmentAccountAnnouncer : IHostedService
{
    private readonly AgentDirectory _directory;
    private readonly string _passwordFile;
    private readonly ILogger<DevelopmentAccountAnnouncer> _logger;

    public DevelopmentAccountAnnouncer(AgentDirectory directory, IOptions<AgentOptions> options, RepositoryPaths paths, ILogger<DevelopmentAccountAnnouncer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        _directory = directory;
        _passwordFile = paths.Resolve(options.Value.DevelopmentPasswordFile);
        _logger = logger;
    }

    /// <summary>Whether stderr is a terminal a person reads; tests replace it.</summary>
    public Func<bool> OnTerminal { get; init; } = () => !global::System.Console.IsErrorRedirected;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_directory.DevelopmentPassword is { } password)
        {
            if (OnTerminal())
            {
                global::System.Console.Error.WriteLine($"No agent accounts configured (Agents:Accounts): sign in to /agent as {AgentDirectory.DevelopmentUserName} with password {password} (generated for this run only)");
            }
            else
            {
                global::System.Console.Error.WriteLine($"No agent accounts configured (Agents:Accounts): sign in to /agent as {AgentDirectory.DevelopmentUserName}; the password generated for this run is in {_passwordFile}");
                WritePrivately(_passwordFile, password);
            }

            LogDevelopmentAccount(_logger, AgentDirectory.DevelopmentUserName);
        }
        else if (!_directory.HasAccounts)
        {
            LogNoAccounts(_logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Written to a new file beside it, then moved over it: several hosts starting at once (tests) never see each
    // other's half-written file, and a failure costs the start nothing.
    private static void WritePrivately(string path, string password)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(temporary, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
            {
                writer.WriteLine(password);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (IOException)
                {
                }
            }

            global::System.Console.Error.WriteLine($"The development password could not be written to {path} ({ex.Message}); set Agents:Accounts or run on a terminal.");
        }
    }

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message = "No agent accounts configured (Agents:Accounts): a development account {UserName} was generated; its password is on the terminal or in the development password file")]
    private static partial void LogDevelopmentAccount(ILogger logger, string userName);

    [LoggerMessage(EventId = 7402, Level = LogLevel.Warning, Message = "No agent accounts configured (Agents:Accounts): nobody can sign in to /agent outside Development")]
    private static partial void LogNoAccounts(ILogger logger);
}
