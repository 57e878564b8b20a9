using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.DirectLine.Notifications;
using SupportBot.Bot.Activities;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// A conversation's activities as the widget sees them: the store's log (watermark = sequence), so polling,
/// reconnects and restarts neither lose nor repeat an activity, plus a wake-up for streams that carries this
/// process's committed activities, so a stream sends them without reading them back.
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
        return await AppendRangeAsync(conversationId, [activity], cancellationToken);
    }

    /// <summary>
    /// Appends activities in one write, numbered consecutively in the given order (trace activities left out), and
    /// wakes the streams once; returns the last one's sequence, null when none was for the widget.
    /// </summary>
    public async Task<long?> AppendRangeAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var jsons = Serialize(activities);
        if (jsons.Count == 0)
        {
            return null;
        }

        var first = await _log.AppendRangeAsync(conversationId, jsons, cancellationToken);
        return Announce(conversationId, jsons, first);
    }

    /// <summary>
    /// Appends a customer's posted activity with what goes with it, unless the conversation already had one posted with
    /// <paramref name="clientKey"/> (the result names that earlier activity) or its log is full; then nothing is appended.
    /// </summary>
    public async Task<LogAppend> AppendPostedAsync(string conversationId, string clientKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var jsons = Serialize(activities);
        var append = await _log.AppendPostedAsync(conversationId, clientKey, jsons, _options.MaxActivitiesPerConversation, cancellationToken);
        if (append.RepeatOf is null && !append.Full)
        {
            Announce(conversationId, jsons, append.First);
        }

        return append;
    }

    private List<string> Serialize(IReadOnlyList<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var jsons = new List<string>(activities.Count);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.Trace)
            {
                continue;
            }

            activity.Id ??= NewActivityId();
            activity.Timestamp ??= _clock.GetUtcNow();
            jsons.Add(ActivityJson.Serialize(activity));
        }

        return jsons;
    }

    private long Announce(string conversationId, List<string> jsons, long first)
    {
        var logged = new LoggedActivity[jsons.Count];
        for (var i = 0; i < jsons.Count; i++)
        {
            logged[i] = new LoggedActivity(first + i, jsons[i]);
        }

        _signal.Appended(conversationId, logged);
        return logged[^1].Sequence;
    }

    public Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken) =>
        _log.ReadAfterAsync(conversationId, watermark, _options.MaxActivitiesPerRead, _options.MaxBytesPerRead, cancellationToken);

    /// <summary>One wait on a conversation (<see cref="Follower.WaitAfterAsync"/>); a stream keeps one <see cref="Follow"/> instead.</summary>
    public async Task<IReadOnlyList<LoggedActivity>> WaitAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        using var follower = Follow(conversationId);
        return await follower.WaitAfterAsync(watermark, cancellationToken);
    }

    /// <summary>Follows a conversation's log from now until disposed (a stream's life).</summary>
    public Follower Follow(string conversationId) => new(this, _signal.Subscribe(conversationId), conversationId);

    /// <summary>
    /// A reader of one conversation that stays subscribed between reads, so it knows what was appended meanwhile:
    /// this process's appends it takes from the signal's kept activities without reading the log back; it reads the
    /// log the first time, after an append announced without content (another instance's), when what it was told
    /// of is no longer kept, and every poll interval for what no signal reported: rarely while the listener is up,
    /// often while it is down or absent (SQLite).
    /// </summary>
    public sealed class Follower : IDisposable
    {
        private readonly DirectLineActivityFeed _feed;
        private readonly ActivitySignal.Subscription _subscription;
        private readonly string _conversationId;
        private bool _current;
        private long _unknownWhenRead;

        internal Follower(DirectLineActivityFeed feed, ActivitySignal.Subscription subscription, string conversationId)
        {
            _feed = feed;
            _subscription = subscription;
            _conversationId = conversationId;
        }

        /// <summary>How many times this follower read the log (for tests).</summary>
        internal int LogReads { get; private set; }

        /// <summary>Returns what follows <paramref name="watermark"/>, waiting until something does.</summary>
        public async Task<IReadOnlyList<LoggedActivity>> WaitAfterAsync(long watermark, CancellationToken cancellationToken)
        {
            var options = _feed._options;
            while (true)
            {
                // The wake-up is taken with what is kept, before any read, so an append after this is not missed.
                var seen = _subscription.Take(watermark, options.MaxActivitiesPerRead, options.MaxBytesPerRead);
                if (seen.Kept.Count > 0)
                {
                    return seen.Kept;
                }

                if (!_current || seen.Unknown != _unknownWhenRead || seen.Highest > watermark)
                {
                    _current = true;
                    _unknownWhenRead = seen.Unknown;
                    LogReads++;
                    var activities = await _feed.ReadAfterAsync(_conversationId, watermark, cancellationToken);
                    if (activities.Count > 0)
                    {
                        return activities;
                    }
                }

                // Read after taking the wake-up: the listener changes state before it wakes everyone, so this is never stale for long.
                var poll = _feed._listener.Listening ? options.StreamSafetyPollMilliseconds : options.StreamPollMilliseconds;
                using var pollCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                await Task.WhenAny(seen.NextAppend, Task.Delay(TimeSpan.FromMilliseconds(poll), _feed._clock, pollCancel.Token));
                cancellationToken.ThrowIfCancellationRequested();
                if (!seen.NextAppend.IsCompleted)
                {
                    // The poll: whatever no signal reported is only in the log.
                    _current = false;
                }

                // A wake-up makes the poll moot: free its timer now rather than leave it pending for up to the safety poll.
                await pollCancel.CancelAsync();
            }
        }

        public void Dispose() => _subscription.Dispose();
    }

    public static string NewActivityId() => Guid.NewGuid().ToString("N");
}
