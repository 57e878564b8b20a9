using Newtonsoft.Json.Linq;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Storage.Transcripts;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Storage.Transcripts;

public sealed class SqlTranscriptRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stores_activities_masked_and_reads_them_back_in_order(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var repository = new SqlTranscriptRepository(db.OpenInstance(), PiiMasker.Instance);

        await repository.AppendAsync("c1", "a1", Now, Activity("a1", "注文番号 249-1234567-1234567 です"), default);
        await repository.AppendAsync("c2", "x1", Now, Activity("x1", "other conversation"), default);
        await repository.AppendAsync("c1", "a2", Now, Activity("a2", "連絡先 090-1234-5678 / taro@example.com"), default);

        var entries = await repository.ReadAsync("c1", default);
        Assert.Equal(["a1", "a2"], entries.Select(e => e.ActivityId));
        Assert.True(entries[0].Sequence < entries[1].Sequence);
        Assert.Equal("注文番号 [ORDER] です", JObject.Parse(entries[0].MaskedActivityJson)["text"]!.Value<string>());
        Assert.Equal("連絡先 [PHONE] / [EMAIL]", JObject.Parse(entries[1].MaskedActivityJson)["text"]!.Value<string>());
        Assert.Equal("c1", JObject.Parse(entries[0].MaskedActivityJson)["conversation"]!["id"]!.Value<string>());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Deletes_only_entries_older_than_the_cutoff(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var repository = new SqlTranscriptRepository(db.OpenInstance(), PiiMasker.Instance);
        await repository.AppendAsync("c1", "old", Now.AddDays(-31), Activity("old", "old"), default);
        await repository.AppendAsync("c1", "new", Now.AddDays(-29), Activity("new", "new"), default);

        var deleted = await repository.DeleteOlderThanAsync(Now.AddDays(-30), default);

        Assert.Equal(1, deleted);
        Assert.Equal(["new"], (await repository.ReadAsync("c1", default)).Select(e => e.ActivityId));
    }

    private static string Activity(string id, string text) =>
        new JObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["text"] = text,
            ["conversation"] = new JObject { ["id"] = "c1" },
            ["from"] = new JObject { ["id"] = "user-0312345678", ["name"] = "Taro" },
        }.ToString();
}
