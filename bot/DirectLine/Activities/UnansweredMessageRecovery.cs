using Microsoft.Extensions.Options;
using SupportBot.Bot.Activities;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.Turns.Ordering;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// Once after start: customer activities the log accepted before this process started but whose turn never
/// committed, or committed without its replies reaching the log (the process stopped in between), are run again,
/// oldest first. The turn ordering applies each at most once, so a message another instance answered meanwhile
/// is left alone.
/// </summary>
public sealed class UnansweredMessageRecovery : BackgroundService
{
    private const int MaxRecovered = 2_000;

    private readonly IDirectLineActivityLog _log;
    private readonly IProcessedActivityStore _processed;
    private readonly DirectLineTurnRunner _runner;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<UnansweredMessageRecovery> _logger;

    public UnansweredMessageRecovery(
        IDirectLineActivityLog log,
        IProcessedActivityStore processed,
        DirectLineTurnRunner runner,
        IOptions<DirectLineOptions> options,
        TimeProvider clock,
        ILogger<UnansweredMessageRecovery> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _log = log;
        _processed = processed;
        _runner = runner;
        _options = options.Value;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>How many activities the last run answered (for tests and the log).</summary>
    public int Recovered { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = _clock.GetUtcNow();
        if (_options.RecoverUnansweredMinutes == 0)
        {
            return;
        }

        await Task.Delay(TimeSpan.FromSeconds(_options.RecoveryDelaySeconds), _clock, stoppingToken);
        var accepted = await _log.ReadRecentAsync(started.AddMinutes(-_options.RecoverUnansweredMinutes), MaxRecovered, stoppingToken);
        var unanswered = new List<Microsoft.Bot.Schema.Activity>();
        foreach (var (conversationId, json) in accepted)
        {
            if (ActivityJson.Deserialize(json) is not { } activity || activity.Timestamp > started || ConversationKey.Of(activity) is not { } key)
            {
                continue;
            }

            var done = string.IsNullOrEmpty(activity.Id) ? null : await _processed.FindAsync(key.ToString(), activity.Id, stoppingToken);
            if (done is null || !done.Delivered)
            {
                unanswered.Add(activity);
            }
        }

        if (unanswered.Count == 0)
        {
            return;
        }

        DirectLineLog.Recovering(_logger, unanswered.Count, accepted.Count, _options.RecoverUnansweredMinutes);
        foreach (var activity in unanswered)
        {
            try
            {
                await _runner.RunAsync(activity, stoppingToken);
                Recovered++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                DirectLineLog.RecoveryFailed(_logger, activity.Id, activity.Conversation.Id, ex);
            }
        }
    }
}
