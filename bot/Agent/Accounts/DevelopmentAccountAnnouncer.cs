namespace SupportBot.Bot.Agent.Accounts;

/// <summary>
/// Prints the development agent account once at start-up to the terminal (stderr), never through the logger, whose
/// sinks may be collected; outside Development with no account configured it only warns.
/// </summary>
public sealed partial class DevelopmentAccountAnnouncer : IHostedService
{
    private readonly AgentDirectory _directory;
    private readonly ILogger<DevelopmentAccountAnnouncer> _logger;

    public DevelopmentAccountAnnouncer(AgentDirectory directory, ILogger<DevelopmentAccountAnnouncer> logger)
    {
        _directory = directory;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_directory.DevelopmentPassword is { } password)
        {
            global::System.Console.Error.WriteLine($"No agent accounts configured (Agents:Accounts): sign in to /agent as {AgentDirectory.DevelopmentUserName} with password {password} (generated for this run only)");
            LogDevelopmentAccount(_logger, AgentDirectory.DevelopmentUserName);
        }
        else if (!_directory.HasAccounts)
        {
            LogNoAccounts(_logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message = "No agent accounts configured (Agents:Accounts): a development account {UserName} was generated; its password is on the terminal")]
    private static partial void LogDevelopmentAccount(ILogger logger, string userName);

    [LoggerMessage(EventId = 7402, Level = LogLevel.Warning, Message = "No agent accounts configured (Agents:Accounts): nobody can sign in to /agent outside Development")]
    private static partial void LogNoAccounts(ILogger logger);
}
