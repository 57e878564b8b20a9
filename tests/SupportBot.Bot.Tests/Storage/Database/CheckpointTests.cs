using System.Diagnostics;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Transcripts;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Storage.Database;

public sealed class CheckpointTests
{
    [Fact]
    public async Task Commits_never_checkpoint_and_the_background_checkpoint_copies_the_whole_log_back()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var database = db.OpenInstance();
        var transcripts = new SqlTranscriptRepository(database, PiiMasker.Instance);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 50; i++)
        {
            await transcripts.AppendRangeAsync($"c{i}", [new UnmaskedTranscriptLine($"a{i}", now, $$"""{"type":"message","text":"{{new string('x', 2000)}}"}""")], default);
        }

        await using (var connection = await database.OpenAsync(default))
        await using (var autocheckpoint = connection.CreateCommand())
        {
            autocheckpoint.CommandText = "PRAGMA wal_autocheckpoint;";
            Assert.Equal(0L, await autocheckpoint.ExecuteScalarAsync());
        }

        var before = database.Checkpointer!.Checkpoints;
        var clock = Stopwatch.StartNew();
        while (database.Checkpointer.Checkpoints < before + 2 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        Assert.True(database.Checkpointer.Checkpoints >= before + 2, "the background checkpoint did not run");
        await using var check = await database.OpenAsync(default);
        await using var command = check.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(0L, reader.GetInt64(0));                  // not blocked
        Assert.Equal(reader.GetInt64(1), reader.GetInt64(2));  // every frame of the log is in the database file
    }

    [Fact]
    public async Task An_unused_store_is_not_created_by_the_checkpointer()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var database = db.OpenInstance();

        await Task.Delay(SupportBot.Bot.Storage.Sqlite.SqliteCheckpointer.Interval * 3);

        Assert.False(File.Exists(db.Location));
        Assert.Equal(0, database.Checkpointer!.Checkpoints);
    }
}

public sealed class LogGrowthTests
{
    [Fact]
    public async Task Under_steady_reads_and_writes_the_log_is_started_over_and_stays_bounded()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var database = db.OpenInstance();
        // A 1 MiB log checked every 50 commits: the same mechanism as in production (64 MiB, 1,000 commits), small enough
        // to show in a few seconds on a busy machine.
        database.Checkpointer!.RestartAfterFrames = 256;
        database.Writer!.CommitsPerNudge = 50;
        var transcripts = new SqlTranscriptRepository(database, PiiMasker.Instance);
        var payload = $$"""{"type":"message","text":"{{new string('x', 3000)}}"}""";
        // Enough to need many restarts of the log; at most 40 seconds however slow the machine.
        const long target = 24L * 1024 * 1024;
        var clock = Stopwatch.StartNew();
        var written = 0L;
        var writersDone = false;
        var largestLog = 0L;

        async Task WriterAsync(int w)
        {
            for (var i = 0; Interlocked.Read(ref written) < target && clock.Elapsed < TimeSpan.FromSeconds(40); i++)
            {
                await transcripts.AppendRangeAsync($"c{w}-{i % 50}", [new UnmaskedTranscriptLine($"a{i}", DateTimeOffset.UtcNow, payload)], default);
                Interlocked.Add(ref written, payload.Length);
            }
        }

        async Task ReaderAsync(int r)
        {
            for (var i = 0; !Volatile.Read(ref writersDone); i++)
            {
                await transcripts.ReadAsync($"c{r}-{i % 50}", default);
                largestLog = Math.Max(largestLog, new FileInfo(db.Location + "-wal") is { Exists: true } wal ? wal.Length : 0);
            }
        }

        var readers = Enumerable.Range(0, 4).Select(i => Task.Run(() => ReaderAsync(i))).ToList();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => WriterAsync(i))));
        Volatile.Write(ref writersDone, true);
        await Task.WhenAll(readers);

        Assert.True(written >= target, $"only {written / 1024 / 1024} MiB written in 40 s");
        Assert.True(database.Writer!.LogRestarts > 0, $"never started over; log reached {largestLog / 1024 / 1024} MiB after {database.Writer.Writes} writes");
        // Bounded by the restart size and what arrives between two checks, not by what was written in all (a log that is
        // never started over holds at least every byte written, in pages).
        Assert.True(largestLog < written / 2, $"log reached {largestLog / 1024 / 1024} MiB for {written / 1024 / 1024} MiB written");
    }
}
