using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage.Transcripts;

/// <summary>Deletes transcripts older than <see cref="StorageOptions.TranscriptRetentionDays"/>, at start and then hourly.</summary>
internal sealed class TranscriptRetentionService : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly ITranscriptRepository _repository;
    private readonly IOptions<StorageOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<TranscriptRetentionService> _logger;

    public TranscriptRetentionService(
        ITranscriptRepository repository, IOptions<StorageOptions> options, TimeProvider clock, ILogger<TranscriptRetentionService> logger)
    {
        _repository = repository;
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
                var deleted = await _repository.DeleteOlderThanAsync(_clock.GetUtcNow().AddDays(-days), stoppingToken).ConfigureAwait(false);
                StorageLog.TranscriptsPruned(_logger, deleted, days);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                StorageLog.TranscriptPruneFailed(_logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
