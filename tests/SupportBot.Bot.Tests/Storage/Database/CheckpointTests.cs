using SupportBot.Bot.Storage;
using SupportBot.Bot.Turns.Transcripts;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Tests.Storage.TestSupport;
using SupportBot.Testing.Time;

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
            await transcripts.AppendRangeAsync(new("test", $"c{i}"), [new UnmaskedTranscriptLine($"a{i}", now, $$"""{"type":"message","text":"{{new string('x', 2000)}}"}""")], default);
        }

        await using (var connection = await database.OpenAsync(default))
        await using (var autocheckpoint = connection.CreateCommand())
        {
            autocheckpoint.CommandText = "PRAGMA wal_autocheckpoint;";
            Assert.Equal(0L, await autocheckpoint.ExecuteScalarAsync());
        }

        // Two more checkpoints, so at least one began after the last commit; the limit only catches a loop that stopped.
        var before = database.Checkpointer!.Checkpoints;
        using (var hang = new CancellationTokenSource(Patience.Hang))
        {
            while (database.Checkpointer.Checkpoints < before + 2 && !hang.IsCancellationRequested)
            {
                await Task.Delay(50, CancellationToken.None);
            }
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

        await Task.Delay(SupportBot.Bot.Storage.Database.SqliteCheckpointer.Interval * 3);

        Assert.False(File.Exists(db.Location));
        Assert.Equal(0, database.Checkpointer!.Checkpoints);
    }
}

public sealed class LogGrowthTests
{
    [Fact]
    public async Task Under_steady_reads_and_writes_the_log_is_started_over_and_stays_bounded()
    {
        // The same fixed work twice, in the same run: once with the restart as in production (scaled down), once with
        // it switched off. How far the log grows between two checks depends on how busy the machine is, so the bound
        // is relative to the log that is never started over, which holds every frame however fast the machine.
        var restarted = await RunAsync(restartAfterFrames: 256);
        var neverRestarted = await RunAsync(restartAfterFrames: long.MaxValue);

        Assert.Equal(neverRestarted.Written, restarted.Written);
        // About 28 restarts' worth of frames go through a 1 MiB log: a handful is the least a working restart shows.
        Assert.True(restarted.Restarts >= 4, $"started over {restarted.Restarts} times; log reached {restarted.LargestLog / 1024 / 1024} MiB");
        Assert.Equal(0, neverRestarted.Restarts);
        // Seen: at most 10 MiB against about 28 MiB on a loaded machine, about 1-3 MiB on a quiet one.
        Assert.True(
            restarted.LargestLog < neverRestarted.LargestLog * 0.6,
            $"log reached {restarted.LargestLog / 1024 / 1024} MiB with restarts, {neverRestarted.LargestLog / 1024 / 1024} MiB without");
    }

    private static async Task<(long Written, long LargestLog, long Restarts)> RunAsync(long restartAfterFrames)
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var database = db.OpenInstance();
        // A 1 MiB log checked every 50 commits: the same mechanism as in production (64 MiB, 1,000 commits), small enough
        // to show in a few seconds on a busy machine.
        database.Checkpointer!.RestartAfterFrames = restartAfterFrames;
        database.Writer!.CommitsPerNudge = 50;
        var transcripts = new SqlTranscriptRepository(database, PiiMasker.Instance);
        var payload = $$"""{"type":"message","text":"{{new string('x', 3000)}}"}""";
        // A fixed amount of work (about 8 MiB of text, some 28 MiB of log frames), however long a busy machine takes for it.
        // Each writer reads another's conversation between its writes, so there is always a reader in the log, as in
        // production, and it does not depend on how the thread pool schedules separate readers.
        const int writers = 4;
        const int commitsPerWriter = 700;
        var written = 0L;
        var largestLog = 0L;

        long LogSize() => new FileInfo(db.Location + "-wal") is { Exists: true } wal ? wal.Length : 0;

        async Task WriterAsync(int w)
        {
            for (var i = 0; i < commitsPerWriter; i++)
            {
                await transcripts.AppendRangeAsync(new("test", $"c{w}-{i % 50}"), [new UnmaskedTranscriptLine($"a{i}", DateTimeOffset.UtcNow, payload)], default);
                Interlocked.Add(ref written, payload.Length);
                await transcripts.ReadAsync(new("test", $"c{(w + 1) % writers}-{i % 50}"), default);
                InterlockedMax(ref largestLog, LogSize());
            }
        }

        await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() => WriterAsync(i))));
        // SQLite reuses the log file from its start after a restart and never shrinks it: its size is the high-water mark.
        InterlockedMax(ref largestLog, LogSize());
        Assert.Equal((long)writers * commitsPerWriter * payload.Length, written);
        return (written, largestLog, database.Writer.LogRestarts);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var seen = Interlocked.Read(ref target); value > seen; seen = Interlocked.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
