using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.DirectLine.Notifications;
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
    private readonly AppendListenerStatus _listener;
    private readonly TimeProvider _clock;
    private readonly DirectLineOptions _options;

    public DirectLineActivityFeed(
        IDirectLineActivityLog log, ActivitySignal signal, AppendListenerStatus listener, TimeProvider clock, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _log = log;
        _signal = signal;
        _listener = listener;
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
    /// this process or (PostgreSQL) an announced append by another instance, and re-reading every poll interval
    /// for what no signal reported: rarely while the listener is up, often while it is down or absent (SQLite).
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

            // Read after taking the wake-up: the listener changes state before it wakes everyone, so this is never stale for long.
            var poll = _listener.Listening ? _options.StreamSafetyPollMilliseconds : _options.StreamPollMilliseconds;
            using var pollCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(appended, Task.Delay(TimeSpan.FromMilliseconds(poll), _clock, pollCancel.Token)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            // A wake-up makes the poll moot: free its timer now rather than leave it pending for up to the safety poll.
            await pollCancel.CancelAsync().ConfigureAwait(false);
        }
    }

    public static string NewActivityId() => Guid.NewGuid().ToString("N");
}
