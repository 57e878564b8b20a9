using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Turns.Transcripts;
using SupportBot.Bot.Turns.Ordering;

namespace SupportBot.Bot.Turns;

/// <summary>
/// Hourly (and once at start): deletes transcripts older than <see cref="StorageOptions.TranscriptRetentionDays"/>
/// and processed activity ids older than a day.
/// </summary>
internal sealed class TurnRecordsHousekeepingService : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan RedeliveryWindow = TimeSpan.FromDays(1);

    private readonly ITranscriptRepository _transcripts;
    private readonly IProcessedActivityStore _processed;
    private readonly IOptions<StorageOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<TurnRecordsHousekeepingService> _logger;

    public TurnRecordsHousekeepingService(
        ITranscriptRepository transcripts,
        IProcessedActivityStore processed,
        IOptions<StorageOptions> options,
        TimeProvider clock,
        ILogger<TurnRecordsHousekeepingService> logger)
    {
        _transcripts = transcripts;
        _processed = processed;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, _clock);
        do
        {
            var days = _options.Value.TranscriptRetentionDays;
            try
            {
                var now = _clock.GetUtcNow();
                var deleted = await _transcripts.DeleteOlderThanAsync(now.AddDays(-days), stoppingToken).ConfigureAwait(false);
                TurnLog.TranscriptsPruned(_logger, deleted, days);
                await _processed.ForgetOlderThanAsync(now - RedeliveryWindow, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                TurnLog.TranscriptPruneFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
