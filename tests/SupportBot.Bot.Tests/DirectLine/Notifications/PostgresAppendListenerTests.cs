using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.DirectLine.Notifications;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Storage.TestSupport;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.DirectLine.Notifications;

/// <summary>
/// The listener's fallback on one PostgreSQL database: instance A (feed, signal, listener on a fake clock) waits,
/// instance B only appends. Time moves only when the test advances A's clock, so what delivered each activity is known.
/// </summary>
public sealed class PostgresAppendListenerTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan SafetyPoll = TimeSpan.FromMinutes(10);

    [Fact]
    public void Reconnects_back_off_doubling_from_one_second_to_thirty() =>
        Assert.Equal(
            [1, 2, 4, 8, 16, 30, 30],
            Enumerable.Range(1, 7).Select(n => PostgresAppendListener.RetryDelay(n).TotalSeconds));

    [Fact]
    public async Task When_the_listening_connection_drops_streams_poll_and_the_listener_reconnects_after_its_backoff()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var a = await InstanceA.StartAsync(db, Poll);
        var b = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);

        var parked = a.Clock.NextTimer(SafetyPoll);
        var wait = a.Feed.WaitAfterAsync("c", 0, CancellationToken.None);
        await parked.WaitAsync(Patience.Hang);

        var polling = a.Clock.NextTimer(Poll);
        var backingOff = a.Clock.NextTimer(PostgresAppendListener.FirstRetryDelay);
        Assert.Equal(1, await TerminateListenersAsync(db.Location));
        await a.Status.WaitUntilAsync(s => s.Drops == 1);
        await Task.WhenAll(polling, backingOff).WaitAsync(Patience.Hang);
        Assert.False(a.Status.Listening);

        await b.AppendAsync("c", Json("while the listener is down"), CancellationToken.None);
        Assert.False(wait.IsCompleted);
        a.Clock.Advance(Poll);
        var read = await wait.WaitAsync(Patience.Hang);

        Assert.Equal([1L], read.Select(r => r.Sequence));
        Assert.Equal(1, a.Status.Connects);
        a.Clock.Advance(PostgresAppendListener.FirstRetryDelay - Poll);
        await a.Status.WaitUntilAsync(s => s.Connects == 2);
        Assert.True(a.Status.Listening);
    }

    [Fact]
    public async Task An_append_missed_while_the_listener_was_down_is_read_when_it_reconnects()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        // Polling slower than the first reconnect: only the reconnect's wake-up can deliver within the test.
        var slowPoll = TimeSpan.FromSeconds(60);
        await using var a = await InstanceA.StartAsync(db, slowPoll);
        var b = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);

        var parked = a.Clock.NextTimer(SafetyPoll);
        var wait = a.Feed.WaitAfterAsync("c", 0, CancellationToken.None);
        await parked.WaitAsync(Patience.Hang);
        var polling = a.Clock.NextTimer(slowPoll);
        var backingOff = a.Clock.NextTimer(PostgresAppendListener.FirstRetryDelay);
        Assert.Equal(1, await TerminateListenersAsync(db.Location));
        await Task.WhenAll(polling, backingOff).WaitAsync(Patience.Hang);

        await b.AppendAsync("c", Json("missed"), CancellationToken.None);
        var notifiedBefore = a.Status.Notifications;
        a.Clock.Advance(PostgresAppendListener.FirstRetryDelay);
        var read = await wait.WaitAsync(Patience.Hang);

        Assert.Equal([1L], read.Select(r => r.Sequence));
        Assert.Equal(2, a.Status.Connects);
        Assert.Equal(notifiedBefore, a.Status.Notifications);
    }

    [Fact]
    public async Task An_append_by_another_instance_wakes_a_waiter_parked_on_the_safety_poll()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var a = await InstanceA.StartAsync(db, Poll);
        var b = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);

        var parked = a.Clock.NextTimer(SafetyPoll);
        var wait = a.Feed.WaitAfterAsync("c", 0, CancellationToken.None);
        await parked.WaitAsync(Patience.Hang);
        await b.AppendAsync("c", Json("from B"), CancellationToken.None);
        var read = await wait.WaitAsync(Patience.Hang);

        Assert.Equal([1L], read.Select(r => r.Sequence));
        Assert.True(a.Status.Notifications >= 1);
    }

    private static string Json(string text) =>
        SupportBot.Bot.Activities.ActivityJson.Serialize(new Activity { Type = ActivityTypes.Message, Id = Guid.NewGuid().ToString("N"), Text = text });

    /// <summary>Ends every listening session on the test's database, the way a server restart or a network cut would.</summary>
    private static async Task<int> TerminateListenersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @app AND datname = current_database()",
            connection);
        terminate.Parameters.AddWithValue("app", PostgresAppendListener.ApplicationName);
        return Convert.ToInt32(await terminate.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The waiting instance: its feed, signal and listener, on a fake clock that only the test advances.</summary>
    private sealed class InstanceA : IAsyncDisposable
    {
        private readonly PostgresAppendListener _listener;

        private InstanceA(TestDatabase db, TimeSpan poll)
        {
            var signal = new ActivitySignal();
            var options = Options.Create(new DirectLineOptions
            {
                StreamPollMilliseconds = (int)poll.TotalMilliseconds,
                StreamSafetyPollMilliseconds = (int)SafetyPoll.TotalMilliseconds,
            });
            Feed = new DirectLineActivityFeed(new SqlDirectLineActivityLog(db.OpenInstance(), Clock), signal, Status, Clock, options);
            var storage = Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, PostgresConnectionString = db.Location });
            _listener = new PostgresAppendListener(storage, signal, Status, Clock, NullLogger<PostgresAppendListener>.Instance);
        }

        public TimerWatchingClock Clock { get; } = new();

        public AppendListenerStatus Status { get; } = new();

        public DirectLineActivityFeed Feed { get; }

        public static async Task<InstanceA> StartAsync(TestDatabase db, TimeSpan poll)
        {
            var instance = new InstanceA(db, poll);
            await instance._listener.StartAsync(CancellationToken.None);
            await instance.Status.WaitUntilAsync(s => s.Connects == 1);
            return instance;
        }

        public async ValueTask DisposeAsync()
        {
            await _listener.StopAsync(CancellationToken.None);
            _listener.Dispose();
        }
    }
}
