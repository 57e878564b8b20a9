using Newtonsoft.Json.Linq;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Pii;
using SupportBot.Bot.Turns.Transcripts;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Turns.Transcripts;

public sealed class SqlTranscriptRepositoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stores_activities_masked_and_reads_them_back_in_order(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var repository = new SqlTranscriptRepository(db.OpenInstance(), PiiMasker.Instance);

        await repository.AppendRangeAsync(new("test", "c1"), [new UnmaskedTranscriptLine("a1", Now, Activity("a1", "注文番号 249-1234567-1234567 です"))], default);
        await repository.AppendRangeAsync(new("test", "c2"), [new UnmaskedTranscriptLine("x1", Now, Activity("x1", "other conversation"))], default);
        await repository.AppendRangeAsync(new("test", "c1"), [new UnmaskedTranscriptLine("a2", Now, Activity("a2", "連絡先 090-1234-5678 / taro@example.com"))], default);

        var entries = await repository.ReadAsync(new("test", "c1"), default);
        Assert.Equal(["a1", "a2"], entries.Select(e => e.ActivityId));
        Assert.True(entries[0].Sequence < entries[1].Sequence);
        Assert.Equal("注文番号 [ORDER] です", JObject.Parse(entries[0].MaskedActivityJson)["text"]!.Value<string>());
        Assert.Equal("連絡先 [PHONE] / [EMAIL]", JObject.Parse(entries[1].MaskedActivityJson)["text"]!.Value<string>());
        Assert.Equal("c1", JObject.Parse(entries[0].MaskedActivityJson)["conversation"]!["id"]!.Value<string>());
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_turns_lines_are_stored_together_masked_in_order_with_their_own_times(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var repository = new SqlTranscriptRepository(db.OpenInstance(), PiiMasker.Instance);
        await repository.AppendRangeAsync(new("test", "c1"), [new UnmaskedTranscriptLine("a0", Now.AddMinutes(-1), Activity("a0", "before"))], default);

        await repository.AppendRangeAsync(
            new("test", "c1"),
            [
                new UnmaskedTranscriptLine("a1", Now, Activity("a1", "注文番号は２４９－１２３４５６７－１２３４５６７")),
                new UnmaskedTranscriptLine(null, Now.AddMilliseconds(5), Activity("r1", "ご注文 [ORDER] を確認しました。")),
                new UnmaskedTranscriptLine("r2", Now.AddMilliseconds(9), Activity("r2", "メール taro@example.com に送ります")),
            ],
            default);
        await repository.AppendRangeAsync(new("test", "c1"), [], default);

        var entries = await repository.ReadAsync(new("test", "c1"), default);
        Assert.Equal(["a0", "a1", null, "r2"], entries.Select(e => e.ActivityId));
        Assert.Equal([Now.AddMinutes(-1), Now, Now.AddMilliseconds(5), Now.AddMilliseconds(9)], entries.Select(e => e.RecordedAt));
        Assert.Equal(
            ["before", "注文番号は[ORDER]", "ご注文 [ORDER] を確認しました。", "メール [EMAIL] に送ります"],
            entries.Select(e => JObject.Parse(e.MaskedActivityJson)["text"]!.Value<string>()));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Deletes_only_entries_older_than_the_cutoff(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var repository = new SqlTranscriptRepository(db.OpenInstance(), PiiMasker.Instance);
        await repository.AppendRangeAsync(new("test", "c1"), [new UnmaskedTranscriptLine("old", Now.AddDays(-31), Activity("old", "old"))], default);
        await repository.AppendRangeAsync(new("test", "c1"), [new UnmaskedTranscriptLine("new", Now.AddDays(-29), Activity("new", "new"))], default);

        var deleted = await repository.DeleteOlderThanAsync(Now.AddDays(-30), default);

        Assert.Equal(1, deleted);
        Assert.Equal(["new"], (await repository.ReadAsync(new("test", "c1"), default)).Select(e => e.ActivityId));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Reads_whole_conversations_that_started_in_the_period_grouped_and_in_order(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var repository = new SqlTranscriptRepository(db.OpenInstance(), PiiMasker.Instance);
        var since = Now.Date;
        await repository.AppendRangeAsync(new("test", "before"), [new UnmaskedTranscriptLine("b1", since.AddMinutes(-5), Activity("b1", "started yesterday"))], default);
        await repository.AppendRangeAsync(new("test", "inside"), [new UnmaskedTranscriptLine("i1", since.AddHours(1), Activity("i1", "first"))], default);
        await repository.AppendRangeAsync(new("test", "before"), [new UnmaskedTranscriptLine("b2", since.AddHours(1), Activity("b2", "went on today"))], default);
        await repository.AppendRangeAsync(new("test", "late"), [new UnmaskedTranscriptLine("l1", since.AddDays(1), Activity("l1", "started tomorrow"))], default);
        await repository.AppendRangeAsync(new("test", "inside"), [new UnmaskedTranscriptLine("i2", since.AddDays(1).AddMinutes(3), Activity("i2", "went on past midnight"))], default);
        await repository.AppendRangeAsync(new("test", "also"), [new UnmaskedTranscriptLine("a1", since.AddHours(23), Activity("a1", "another"))], default);

        var entries = await repository.ReadConversationsStartedAsync(since, since.AddDays(1), default);

        Assert.Equal(
            [("also", "a1"), ("inside", "i1"), ("inside", "i2")],
            entries.Select(e => (e.ConversationId, e.ActivityId!)));
        Assert.True(entries[1].Sequence < entries[2].Sequence);
        Assert.Equal(since.AddDays(1).AddMinutes(3), entries[2].RecordedAt);
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
