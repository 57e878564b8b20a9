namespace SupportBot.Bot.Agent.Accounts;

/// <summary>Prints the development agent account once at start-up, so a developer can sign in to /agent.</summary>
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
            LogDevelopmentAccount(_logger, AgentDirectory.DevelopmentUserName, password);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 7401, Level = LogLevel.Warning, Message = "No agent accounts configured (Agents:Accounts): sign in to /agent as {UserName} with password {Password} (generated for this run only)")]
    private static partial void LogDevelopmentAccount(ILogger logger, string userName, string password);
}
