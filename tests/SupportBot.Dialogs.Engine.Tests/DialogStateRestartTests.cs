using SupportBot.Testing.Storage;
using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Tests.TestDoubles;

namespace SupportBot.Dialogs.Engine.Tests;

public class DialogStateRestartTests
{
    public static TheoryData<string> Storages => ["json", "memory"];

    private static IStorage NewStorage(string kind) => kind == "json" ? new JsonRoundTripStorage() : new MemoryStorage();

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task A_new_process_continues_at_the_same_step_with_the_same_values(string storageKind)
    {
        var storage = NewStorage(storageKind);
        var before = new CancelOrderDialog();
        var first = new DialogHarness(() => [before], storage);
        await first.SendAsync("start", dc => dc.BeginDialogAsync("MainDialog", new OrderRequest { OrderNumber = "D01-1234567-1234567", Quantity = 1 }));
        await first.SendAsync("no");
        var shippingQuestion = await first.SendAsync("間違えて注文しました");
        Assert.Equal("発送されましたか？ (1) 発送済み または (2) 未発送", Assert.Single(shippingQuestion).Text);

        var after = new CancelOrderDialog();
        var restarted = new DialogHarness(() => [after], storage);
        var replies = await restarted.SendAsync("２");

        Assert.Equal("D01-1234567-1234567 x2 間違えて注文しました 未発送 3 本 step2", Assert.Single(replies).Text);
        Assert.Equal(DialogTurnStatus.Complete, restarted.LastResult!.Status);
        Assert.Equal([1, 2], before.AttemptsSeen);
    }

    [Theory]
    [MemberData(nameof(Storages))]
    public async Task A_prompt_keeps_its_attempt_count_across_a_restart(string storageKind)
    {
        var storage = NewStorage(storageKind);
        var first = new DialogHarness(() => [new CancelOrderDialog()], storage);
        await first.SendAsync("start", dc => dc.BeginDialogAsync("MainDialog", new OrderRequest()));
        await first.SendAsync("no");

        var after = new CancelOrderDialog();
        var restarted = new DialogHarness(() => [after], storage);
        await restarted.SendAsync("x");
        await restarted.SendAsync("気が変わった");

        Assert.Equal([2, 3], after.AttemptsSeen);
    }

    [Fact]
    public async Task Persisted_json_uses_the_Bot_Framework_keys_and_no_type_names()
    {
        var storage = new JsonRoundTripStorage();
        var harness = new DialogHarness(() => [new CancelOrderDialog()], storage);
        await harness.SendAsync("start", dc => dc.BeginDialogAsync("MainDialog", new OrderRequest()));
        await harness.SendAsync("間違えて注文しました");

        var json = Assert.Single(storage.Json).Value;

        foreach (var key in new[] { "\"DialogState\"", "\"dialogStack\"", "\"id\":\"MainDialog\"", "\"dialogs\"", "\"options\"", "\"values\"", "\"instanceId\"", "\"stepIndex\":1", "\"state\":{\"AttemptCount\":0}", "\"id\":\"ChoicePrompt\"" })
        {
            Assert.Contains(key, json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }
}
