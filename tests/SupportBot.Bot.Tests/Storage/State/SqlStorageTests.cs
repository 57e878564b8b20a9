using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.State;
using SupportBot.Bot.Tests.Storage.TestSupport;

namespace SupportBot.Bot.Tests.Storage.State;

public sealed class SqlStorageTests
{
    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Dialog_state_comes_back_with_its_types_after_a_restart(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var first = db.OpenInstance();
        await Storage(first).WriteAsync(new Dictionary<string, object> { ["conv/1"] = SampleStates.MidDialog() });
        await db.CloseInstanceAsync(first);

        var read = await Storage(db.OpenInstance()).ReadAsync(["conv/1"]);

        var state = Assert.IsType<Dictionary<string, object>>(read["conv/1"]);
        var stack = Assert.IsType<SampleDialogState>(state["DialogState"]);
        var inner = Assert.IsType<SampleDialogState>(stack.DialogStack[0].State["dialogs"]);
        Assert.Equal(["ChoicePrompt", "CancellationDialog.waterfall"], inner.DialogStack.Select(d => d.Id));
        var waterfall = inner.DialogStack[1].State;
        Assert.Equal(new SampleOrderInquiry("249-1234567-1234567", null, 1), Assert.IsType<SampleOrderInquiry>(waterfall["options"]));
        Assert.Equal(1, Convert.ToInt32(waterfall["stepIndex"], System.Globalization.CultureInfo.InvariantCulture));
        var values = Assert.IsType<Dictionary<string, object>>(waterfall["values"]);
        Assert.Equal("249-1234567-1234567", values["orderNumber"]);
        var promptOptions = Assert.IsType<Dictionary<string, object>>(inner.DialogStack[0].State["options"]);
        Assert.Equal(["未発送", "発送済み", "配達済み", "わからない"], Assert.IsType<List<object>>(promptOptions["choices"]));
    }

    [Fact]
    public void Typical_mid_dialog_state_stays_under_4_KB()
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(StateJsonSerializer.Serialize(SampleStates.MidDialog()));

        Assert.InRange(bytes, 1, 4096);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Write_with_a_stale_etag_fails_and_leaves_the_item_unchanged(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storage = Storage(db.OpenInstance());
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new StoreItemProbe { Value = "first" } });
        var loaded = (StoreItemProbe)(await storage.ReadAsync(["k"]))["k"];
        var staleETag = loaded.ETag;
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new StoreItemProbe { Value = "second", ETag = staleETag } });

        await Assert.ThrowsAsync<StorageETagConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["k"] = new StoreItemProbe { Value = "third", ETag = staleETag } }));

        var current = (StoreItemProbe)(await storage.ReadAsync(["k"]))["k"];
        Assert.Equal("second", current.Value);
        Assert.NotEqual(staleETag, current.ETag);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Write_with_star_etag_overwrites_whatever_is_stored(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storage = Storage(db.OpenInstance());
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new StoreItemProbe { Value = "first" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new StoreItemProbe { Value = "second" } });

        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new StoreItemProbe { Value = "forced", ETag = "*" } });

        Assert.Equal("forced", ((StoreItemProbe)(await storage.ReadAsync(["k"]))["k"]).Value);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Read_skips_missing_keys_and_delete_removes_only_the_given_keys(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var storage = Storage(db.OpenInstance());
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new StoreItemProbe { Value = "A" }, ["b"] = new StoreItemProbe { Value = "B" } });

        await storage.DeleteAsync(["a"]);
        var read = await storage.ReadAsync(["a", "b", "never-written"]);

        Assert.Equal(["b"], read.Keys);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unreadable_state_is_deleted_and_reported_without_touching_other_keys(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = db.OpenInstance();
        var storage = Storage(instance);
        await storage.WriteAsync(new Dictionary<string, object> { ["bad"] = SampleStates.MidDialog(), ["good"] = SampleStates.MidDialog() });
        await StoredRows.OverwriteJsonAsync(instance, "bad", "{\"$type\":\"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib\",\"DialogState\":{\"dialogStack\":[{\"id\":");

        var error = await Assert.ThrowsAsync<StoredStateCorruptedException>(() => storage.ReadAsync(["bad"]));

        Assert.Equal("bad", error.Key);
        Assert.Empty(await storage.ReadAsync(["bad"]));
        Assert.Single(await storage.ReadAsync(["good"]));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stored_json_naming_a_type_outside_the_allow_list_counts_as_unreadable(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var instance = db.OpenInstance();
        var storage = Storage(instance);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = SampleStates.MidDialog() });
        await StoredRows.OverwriteJsonAsync(instance, "k", "{\"$type\":\"System.IO.FileInfo, System.Private.CoreLib\",\"fileName\":\"/etc/passwd\"}");

        await Assert.ThrowsAsync<StoredStateCorruptedException>(() => storage.ReadAsync(["k"]));
    }

    private static SqlStorage Storage(StorageDatabase database) => new(database, NullLogger<SqlStorage>.Instance);

    private sealed class StoreItemProbe : IStoreItem
    {
        public string? Value { get; set; }

        public string? ETag { get; set; }
    }
}
