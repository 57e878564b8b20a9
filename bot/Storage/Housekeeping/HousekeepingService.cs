using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SupportBot.Bot.Storage.Housekeeping;

/// <summary>At start and then hourly, runs every registered <see cref="IHousekeepingTask"/>; one that fails does not stop the others.</summary>
public sealed partial class HousekeepingService : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly IReadOnlyList<IHousekeepingTask> _tasks;
    private readonly TimeProvider _clock;
    private readonly ILogger<HousekeepingService> _logger;

    public HousekeepingService(IEnumerable<IHousekeepingTask> tasks, TimeProvider clock, ILogger<HousekeepingService> logger)
    {
        _tasks = [.. tasks];
        _clock = clock;
        _logger = logger;
    }

    /// <summary>One pass over every task (what the timer runs); returns the rows each deleted, -1 for a failure.</summary>
    public async Task<IReadOnlyDictionary<string, int>> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var deleted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var task in _tasks)
        {
            try
            {
                deleted[task.Name] = await task.RunAsync(now, cancellationToken);
                LogPruned(_logger, task.Name, deleted[task.Name]);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                deleted[task.Name] = -1;
                LogFailed(_logger, ex, task.Name);
            }
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, _clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Housekeeping deleted {Count} rows of {Task} past their retention")]
    private static partial void LogPruned(ILogger logger, string task, int count);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "Housekeeping of {Task} failed; the next pass tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string task);
}
