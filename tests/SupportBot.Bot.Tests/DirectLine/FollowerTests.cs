using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.DirectLine.Notifications;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Storage.TestSupport;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.DirectLine;

/// <summary>
/// A stream's follower takes this process's appends from the signal instead of reading them back, and still reads
/// the log whenever it cannot know what was appended: first, after an append announced without content, after a
/// poll, and when what it was told of is no longer kept. Counts of log reads, on a clock only the test moves.
/// </summary>
public sealed class FollowerTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task This_process_appends_reach_the_follower_without_a_log_read_and_in_order()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var (feed, clock, _) = Feed(db);
        using var follower = feed.Follow("c");

        var parked = clock.NextTimer(Poll);
        var first = follower.WaitAfterAsync(0, CancellationToken.None);
        await parked.WaitAsync(Patience.Hang);
        await feed.AppendRangeAsync("c", [Message("echo"), new Activity(ActivityTypes.Typing)], CancellationToken.None);
        var echoAndTyping = await first.WaitAsync(Patience.Hang);
        await feed.AppendAsync("c", Message("reply 1"), CancellationToken.None);
        await feed.AppendAsync("c", Message("reply 2"), CancellationToken.None);
        var replies = await follower.WaitAfterAsync(2, CancellationToken.None).WaitAsync(Patience.Hang);

        Assert.Equal([1L, 2], echoAndTyping.Select(a => a.Sequence));
        Assert.Equal([3L, 4], replies.Select(a => a.Sequence));
        Assert.Contains("reply 2", replies[1].ActivityJson, StringComparison.Ordinal);
        Assert.Equal(1, follower.LogReads);
    }

    [Fact]
    public async Task Another_instances_append_announced_without_content_is_read_from_the_log()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var (feed, clock, signal) = Feed(db);
        var elsewhere = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);
        using var follower = feed.Follow("c");
        await feed.AppendAsync("c", Message("here"), CancellationToken.None);
        Assert.Equal([1L], (await follower.WaitAfterAsync(0, CancellationToken.None)).Select(a => a.Sequence));

        var parked = clock.NextTimer(Poll);
        var next = follower.WaitAfterAsync(1, CancellationToken.None);
        await parked.WaitAsync(Patience.Hang);
        await elsewhere.AppendAsync("c", """{"type":"message","text":"elsewhere"}""", CancellationToken.None);
        signal.Appended("c");
        var read = await next.WaitAsync(Patience.Hang);

        Assert.Equal([2L], read.Select(a => a.Sequence));
        Assert.Equal(2, follower.LogReads);
    }

    [Fact]
    public async Task An_append_no_signal_reported_is_read_at_the_poll()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var (feed, clock, _) = Feed(db);
        var elsewhere = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);
        using var follower = feed.Follow("c");

        var parked = clock.NextTimer(Poll);
        var next = follower.WaitAfterAsync(0, CancellationToken.None);
        await parked.WaitAsync(Patience.Hang);
        await elsewhere.AppendAsync("c", """{"type":"message","text":"unannounced"}""", CancellationToken.None);
        Assert.False(next.IsCompleted);
        clock.Advance(Poll);

        Assert.Equal([1L], (await next.WaitAsync(Patience.Hang)).Select(a => a.Sequence));
        Assert.Equal(2, follower.LogReads);
    }

    [Fact]
    public async Task A_burst_longer_than_what_is_kept_is_read_from_the_log_whole()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var (feed, _, _) = Feed(db);
        using var follower = feed.Follow("c");
        var count = ActivitySignal.RecentKept + 5;
        for (var i = 1; i <= count; i++)
        {
            await feed.AppendAsync("c", Message($"m{i}"), CancellationToken.None);
        }

        var read = await follower.WaitAfterAsync(0, CancellationToken.None).WaitAsync(Patience.Hang);

        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), read.Select(a => a.Sequence));
        Assert.Equal(1, follower.LogReads);
    }

    [Fact]
    public async Task A_reconnect_from_a_watermark_gets_every_later_activity_exactly_once()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var (feed, _, _) = Feed(db);
        var delivered = new List<long>();
        using (var before = feed.Follow("c"))
        {
            await feed.AppendRangeAsync("c", [Message("echo"), new Activity(ActivityTypes.Typing)], CancellationToken.None);
            delivered.AddRange((await before.WaitAfterAsync(0, CancellationToken.None)).Select(a => a.Sequence));
            await feed.AppendAsync("c", Message("reply while the page reconnects"), CancellationToken.None);
        }

        await feed.AppendAsync("c", Message("another"), CancellationToken.None);
        using var after = feed.Follow("c");
        delivered.AddRange((await after.WaitAfterAsync(delivered[^1], CancellationToken.None)).Select(a => a.Sequence));
        await feed.AppendRangeAsync("c", [Message("echo 2"), new Activity(ActivityTypes.Typing)], CancellationToken.None);
        delivered.AddRange((await after.WaitAfterAsync(delivered[^1], CancellationToken.None)).Select(a => a.Sequence));

        Assert.Equal([1L, 2, 3, 4, 5, 6], delivered);
    }

    private static (DirectLineActivityFeed Feed, TimerWatchingClock Clock, ActivitySignal Signal) Feed(TestDatabase db)
    {
        var clock = new TimerWatchingClock();
        var signal = new ActivitySignal();
        var options = Options.Create(new DirectLineOptions { StreamPollMilliseconds = (int)Poll.TotalMilliseconds });
        var feed = new DirectLineActivityFeed(new SqlDirectLineActivityLog(db.OpenInstance(), clock), signal, new AppendListenerStatus(), clock, options);
        return (feed, clock, signal);
    }

    private static Activity Message(string text) => new(ActivityTypes.Message) { Text = text };
}
