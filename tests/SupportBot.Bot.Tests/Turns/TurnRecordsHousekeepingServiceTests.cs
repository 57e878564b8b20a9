using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Turns;
using SupportBot.Bot.Turns.Ordering;
using SupportBot.Bot.Turns.Transcripts;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Turns;

public sealed class TurnRecordsHousekeepingServiceTests
{
    [Fact]
    public async Task Transcripts_past_the_retention_are_deleted_when_the_host_starts()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var database = db.OpenInstance();
        var transcripts = new SqlTranscriptRepository(database, PiiMasker.Instance);
        var now = DateTimeOffset.UtcNow;
        await transcripts.AppendRangeAsync("c", [new UnmaskedTranscriptLine("old", now.AddDays(-8), """{"type":"message","text":"old"}""")], default);
        await transcripts.AppendRangeAsync("c", [new UnmaskedTranscriptLine("recent", now.AddDays(-6), """{"type":"message","text":"recent"}""")], default);
        using var service = new TurnRecordsHousekeepingService(
            transcripts,
            new SqlProcessedActivityStore(database, TimeProvider.System),
            Options.Create(new StorageOptions { TranscriptRetentionDays = 7 }),
            TimeProvider.System,
            NullLogger<TurnRecordsHousekeepingService>.Instance);

        await service.StartAsync(default);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await transcripts.ReadAsync("c", default)).Count > 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        await service.StopAsync(default);
        Assert.Equal(["recent"], (await transcripts.ReadAsync("c", default)).Select(e => e.ActivityId));
    }
}
