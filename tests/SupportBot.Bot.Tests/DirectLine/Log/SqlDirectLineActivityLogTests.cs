using SupportBot.Bot.Storage;
using SupportBot.Bot.DirectLine.Log;
using SupportBot.Bot.DirectLine.Notifications;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.DirectLine.Log;

public sealed class SqlDirectLineActivityLogTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task One_read_stops_once_its_bytes_reach_the_cap_and_the_rest_follows_from_the_watermark(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);
        var big = new string('あ', 20_000); // 60,000 UTF-8 bytes
        for (var i = 1; i <= 5; i++)
        {
            await log.AppendAsync("c", $$"""{"n":{{i}},"text":"{{big}}"}""", default);
        }

        var first = await log.ReadAfterAsync("c", 0, 500, 100_000, default);
        var second = await log.ReadAfterAsync("c", first[^1].Sequence, 500, 100_000, default);
        var tiny = await log.ReadAfterAsync("c", 0, 500, 1, default);

        Assert.Equal([1L, 2], first.Select(a => a.Sequence));
        Assert.Equal([3L, 4], second.Select(a => a.Sequence));
        Assert.Equal([1L], tiny.Select(a => a.Sequence));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sequences_start_at_one_per_conversation_and_read_after_a_watermark(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);

        var a = new List<long>();
        for (var i = 1; i <= 5; i++)
        {
            a.Add(await log.AppendAsync("a", $$"""{"n":{{i}}}""", default));
        }

        var b = await log.AppendAsync("b", """{"n":1}""", default);

        Assert.Equal([1L, 2, 3, 4, 5], a);
        Assert.Equal(1, b);
        var page = await log.ReadAfterAsync("a", 2, 2, int.MaxValue, default);
        Assert.Equal([new LoggedActivity(3, """{"n":3}"""), new LoggedActivity(4, """{"n":4}""")], page);
        Assert.Empty(await log.ReadAfterAsync("a", 5, 10, int.MaxValue, default));
        Assert.Empty(await log.ReadAfterAsync("unknown", 0, 10, int.MaxValue, default));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Concurrent_appends_from_two_instances_are_gap_free_and_unique(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var first = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);
        var second = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);

        var sequences = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).AppendAsync("c", $$"""{"i":{{i}}}""", default))));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), sequences.Order());
        var stored = await first.ReadAfterAsync("c", 0, 1000, int.MaxValue, default);
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), stored.Select(s => s.Sequence));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_range_is_numbered_consecutively_between_the_appends_around_it(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var log = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);

        var before = await log.AppendAsync("c", """{"n":1}""", default);
        var range = await log.AppendRangeAsync("c", ["""{"n":2}""", """{"n":3}""", """{"n":4}"""], default);
        var after = await log.AppendAsync("c", """{"n":5}""", default);
        var other = await log.AppendRangeAsync("d", ["""{"n":1}""", """{"n":2}"""], default);

        Assert.Equal((1L, 2L, 5L, 1L), (before, range, after, other));
        var stored = await log.ReadAfterAsync("c", 0, 100, int.MaxValue, default);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => new LoggedActivity(i, $$"""{"n":{{i}}}""")), stored);
        Assert.Equal([1L, 2], (await log.ReadAfterAsync("d", 0, 100, int.MaxValue, default)).Select(a => a.Sequence));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Concurrent_ranges_from_two_instances_stay_whole_gap_free_and_unique(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var first = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);
        var second = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);

        var starts = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            Task.Run(() => (i % 2 == 0 ? first : second).AppendRangeAsync("c", [$$"""{"i":{{i}},"part":0}""", $$"""{"i":{{i}},"part":1}"""], default))));

        var stored = await first.ReadAfterAsync("c", 0, 1000, int.MaxValue, default);
        Assert.Equal(Enumerable.Range(1, 120).Select(i => (long)i), stored.Select(s => s.Sequence));
        Assert.Equal(Enumerable.Range(0, 60).Select(i => 1L + (2 * i)), starts.Order());
        for (var i = 0; i < 60; i++)
        {
            var at = (int)starts[i] - 1;
            Assert.Equal(($$"""{"i":{{i}},"part":0}""", $$"""{"i":{{i}},"part":1}"""), (stored[at].ActivityJson, stored[at + 1].ActivityJson));
        }
    }

    [Fact]
    public async Task On_postgres_each_append_notifies_its_conversation_id()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var log = new SqlDirectLineActivityLog(db.OpenInstance(), TimeProvider.System);
        await using var listener = new Npgsql.NpgsqlConnection(db.Location);
        await listener.OpenAsync();
        var payloads = new List<string>();
        listener.Notification += (_, e) => payloads.Add(e.Payload);
        await using (var listen = new Npgsql.NpgsqlCommand($"LISTEN {PostgresAppendListener.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        await log.AppendAsync("a", """{"n":1}""", default);
        await log.AppendAsync("b", """{"n":1}""", default);
        while (payloads.Count < 2)
        {
            Assert.True(await listener.WaitAsync(SupportBot.Testing.Time.Patience.Hang));
        }

        Assert.Equal(["a", "b"], payloads);
    }
}
