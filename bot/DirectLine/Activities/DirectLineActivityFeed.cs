using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.Activities;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// A conversation's activities as the widget sees them: the store's log (watermark = sequence), so polling,
/// reconnects and restarts neither lose nor repeat an activity, plus a wake-up for streams.
/// Trace activities are never logged: only the Emulator shows them.
/// </summary>
public sealed class DirectLineActivityFeed
{
    private readonly IDirectLineActivityLog _log;
    private readonly ActivitySignal _signal;
    private readonly TimeProvider _clock;
    private readonly DirectLineOptions _options;

    public DirectLineActivityFeed(IDirectLineActivityLog log, ActivitySignal signal, TimeProvider clock, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _log = log;
        _signal = signal;
        _clock = clock;
        _options = options.Value;
    }

    /// <summary>Gives the activity an id and a server timestamp when it has none, and appends it; null when it is not for the widget.</summary>
    public async Task<long?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Trace)
        {
            return null;
        }

        activity.Id ??= NewActivityId();
        activity.Timestamp ??= _clock.GetUtcNow();
        var sequence = await _log.AppendAsync(conversationId, ActivityJson.Serialize(activity), cancellationToken).ConfigureAwait(false);
        _signal.Appended(conversationId);
        return sequence;
    }

    public Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        _log.ReadAfterAsync(conversationId, watermark, _options.MaxActivitiesPerRead, _options.MaxBytesPerRead, cancellationToken);

    /// <summary>
    /// Reads what follows <paramref name="watermark"/>, waiting until something does: woken at once by an append in
    /// this process, and re-reading every poll interval for appends by other instances sharing the database.
    /// </summary>
    public async Task<IReadOnlyList<LoggedActivity>> WaitAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        using var subscription = _signal.Subscribe(conversationId);
        while (true)
        {
            // Take the wake-up before reading, so an append between the read and the wait is not missed.
            var appended = subscription.NextAppend();
            var activities = await ReadAfterAsync(conversationId, watermark, cancellationToken).ConfigureAwait(false);
            if (activities.Count > 0)
            {
                return activities;
            }

            await Task.WhenAny(appended, Task.Delay(TimeSpan.FromMilliseconds(_options.StreamPollMilliseconds), _clock, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    public static string NewActivityId() => Guid.NewGuid().ToString("N");
}
