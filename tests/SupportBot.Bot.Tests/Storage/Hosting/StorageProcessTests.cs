using SupportBot.Bot.Storage;
using SupportBot.Bot.Tests.Storage.TestSupport;
using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;
using Xunit.Abstractions;
using static SupportBot.Bot.Tests.Storage.Hosting.HttpConversation;

namespace SupportBot.Bot.Tests.Storage.Hosting;

/// <summary>
/// The "must show" cases against the real host process (bot/bin/.../SupportBot.Bot.dll), killed with SIGKILL,
/// doubled on one PostgreSQL, and loaded over HTTP. Each compares a conversation with a control conversation that
/// ran without interruption, so the check holds for whichever multi-turn dialog the host runs.
/// </summary>
public sealed class StorageProcessTests
{
    private readonly ITestOutputHelper _output;

    public StorageProcessTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_conversation_killed_mid_dialog_continues_at_the_same_step_with_the_same_answers(StorageProvider provider)
    {
        await using var store = await HostedStore.CreateAsync(provider);
        var first = await store.StartBotAsync();
        var control = await RunAsync(first, "control", Script);
        var replies = await RunAsync(first, "killed", Script[..4]);
        var stored = await StoredRows.ReadJsonAsync(store.OpenDatabase(), StateKey("killed"));
        Assert.NotNull(stored);
        _output.WriteLine($"{provider}: stored conversation state after 4 turns: {System.Text.Encoding.UTF8.GetByteCount(stored)} bytes");

        await first.KillAsync();
        var second = await store.StartBotAsync();
        replies.AddRange(await RunAsync(second, "killed", Script[4..]));

        Assert.Equal(control, replies);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_host_killed_with_forty_turns_in_flight_gives_every_redelivered_turn_its_replies_and_advances_none_twice(StorageProvider provider)
    {
        await using var store = await HostedStore.CreateAsync(provider);
        var first = await store.StartBotAsync();
        var control = await RunAsync(first, "control", Script[..4]);
        var conversations = Enumerable.Range(0, 40).Select(i => $"crash-{i}").ToList();
        foreach (var conversation in conversations)
        {
            await RunAsync(first, conversation, Script[..2]);
        }

        // Forty third turns in flight, each with the id a channel would redeliver it with; the host dies mid-way.
        var ids = conversations.ToDictionary(c => c, _ => Guid.NewGuid().ToString("N"));
        using var client = ClientFor(first);
        var inFlight = conversations.Select(c => TrySendAsync(client, c, Script[2], ids[c])).ToList();
        await Task.WhenAny(inFlight);
        await first.KillAsync();
        var answeredBeforeKill = (await Task.WhenAll(inFlight)).Count(r => r is not null);

        var second = await store.StartBotAsync();
        using var again = ClientFor(second);
        var redelivered = await Task.WhenAll(conversations.Select(c => SendAsync(again, c, Script[2], ids[c])));
        var next = await Task.WhenAll(conversations.Select(c => SendAsync(again, c, Script[3])));
        _output.WriteLine($"{provider}: {answeredBeforeKill} of 40 answered before the kill");

        // Every redelivery, whether its turn had committed or not, gets that turn's replies; the next step follows it once.
        Assert.All(redelivered, r => Assert.Equal(control[2], r));
        Assert.All(next, r => Assert.Equal(control[3], r));
    }

    [Fact]
    public async Task A_conversation_alternating_between_two_bot_processes_on_one_postgres_keeps_its_state()
    {
        await using var store = await HostedStore.CreateAsync(StorageProvider.Postgres);
        var bots = new[] { await store.StartBotAsync(), await store.StartBotAsync() };
        var control = await RunAsync(bots[0], "control", Script);

        var replies = new List<string>();
        for (var turn = 0; turn < Script.Length; turn++)
        {
            replies.AddRange(await RunAsync(bots[turn % 2], "alternating", [Script[turn]]));
        }

        Assert.Equal(control, replies);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Hundred_conversations_of_ten_messages_over_http_apply_every_step_once_in_order_without_5xx(StorageProvider provider)
    {
        await using var store = await HostedStore.CreateAsync(provider);
        var bot = await store.StartBotAsync();
        var control = await RunAsync(bot, "control", Script);
        using var client = ClientFor(bot);
        var started = DateTime.UtcNow;

        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, List<string>>();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, 100).Select(i => $"load-{i}"),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (conversation, _) =>
            {
                var replies = new List<string>();
                for (var turn = 0; turn < Script.Length; turn++)
                {
                    if (turn == 5)
                    {
                        // The channel delivers this activity twice at once: it is applied once, and both get its replies.
                        var id = Guid.NewGuid().ToString("N");
                        var both = await Task.WhenAll(
                            SendAsync(client, conversation, Script[turn], id),
                            SendAsync(client, conversation, Script[turn], id));
                        Assert.Equal(both[0], both[1]);
                        replies.Add(both[0]);
                    }
                    else
                    {
                        replies.Add(await SendAsync(client, conversation, Script[turn]));
                    }
                }

                results[conversation] = replies;
            });

        _output.WriteLine($"{provider}: 100 conversations x 10 turns (+100 duplicates), 16 at once: {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        Assert.Equal(100, results.Count);
        Assert.All(results.Values, replies => Assert.Equal(control, replies));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Corrupted_state_gives_that_customer_an_apology_and_a_fresh_start_and_nobody_else_notices(StorageProvider provider)
    {
        await using var store = await HostedStore.CreateAsync(provider);
        var bot = await store.StartBotAsync();
        var control = await RunAsync(bot, "control", Script[..4]);
        var freshStart = await RunAsync(bot, "fresh", Script[3..4]);
        await RunAsync(bot, "broken", Script[..3]);
        await RunAsync(bot, "healthy", Script[..3]);

        await StoredRows.OverwriteJsonAsync(store.OpenDatabase(), StateKey("broken"), "{\"$type\":\"dict\",\"DialogState\":{\"dialogStack\":[{\"id\":\"Mai");
        var broken = await RunAsync(bot, "broken", Script[3..4]);
        var healthy = await RunAsync(bot, "healthy", Script[3..4]);

        var apology = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Path, "knowledge", "content")).Snapshot!.Text(MessageKeys.ErrorStateReset, "ja");
        Assert.Equal(string.Join(" | ", new[] { apology, freshStart[0] }.Where(s => s.Length > 0)), broken[0]);
        Assert.Equal(control[3], healthy[0]);
        Assert.DoesNotContain("Unhandled exception", bot.Output, StringComparison.Ordinal);
    }
}
