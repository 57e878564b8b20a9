using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Turns.Transcripts;
using SupportBot.Bot.Tests.Storage.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace SupportBot.Bot.Tests.Turns.Ordering;

/// <summary>The "must show" cases at storage level: real databases, the real middleware, in process.</summary>
public sealed class ConversationTurnTests
{
    private static readonly long[] OneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Hundred_conversations_of_ten_messages_all_in_flight_apply_every_step_once_in_order(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new BotInstance(db);
        var conversations = Enumerable.Range(0, 100).Select(i => $"conv-{i}").ToList();

        var turns = new List<Task>();
        foreach (var step in OneToTen)
        {
            foreach (var conversation in conversations)
            {
                turns.Add(bot.SendAsync(conversation, step));
            }
        }

        await Task.WhenAll(turns).WaitAsync(TimeSpan.FromMinutes(3));

        foreach (var conversation in conversations)
        {
            Assert.Equal(OneToTen, await bot.StepsAsync(conversation));
        }

        Assert.Equal(1000, bot.Adapter.Sent.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_conversation_continues_at_the_same_step_after_a_restart(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var before = new BotInstance(db))
        {
            for (var step = 1; step <= 3; step++)
            {
                await before.SendAsync("c", step);
            }
        }

        await using var after = new BotInstance(db);
        await after.SendAsync("c", 4);

        Assert.Equal([1L, 2, 3, 4], await after.StepsAsync("c"));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_redelivered_activity_is_applied_once(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new BotInstance(db);

        await bot.SendAsync("c", 1, activityId: "a1");
        await Task.WhenAll(bot.SendAsync("c", 2, activityId: "a2"), bot.SendAsync("c", 2, activityId: "a2"));
        await bot.SendAsync("c", 1, activityId: "a1");

        Assert.Equal([1L, 2], await bot.StepsAsync("c"));
        Assert.Equal(2, bot.Adapter.Sent.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unreadable_state_gives_that_customer_an_apology_and_a_fresh_start_and_nobody_else_notices(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new BotInstance(db);
        foreach (var conversation in new[] { "broken", "healthy" })
        {
            for (var step = 1; step <= 3; step++)
            {
                await bot.SendAsync(conversation, step);
            }
        }

        await StoredRows.OverwriteJsonAsync(bot.Database, BotInstance.StateKey("broken"), "{\"Steps\":[1,2,");
        while (bot.Adapter.Sent.TryDequeue(out _))
        {
        }

        await Task.WhenAll(bot.SendAsync("broken", 4), bot.SendAsync("healthy", 4));

        Assert.Equal(["broken"], bot.Responder.Conversations);
        Assert.Equal([4L], await bot.StepsAsync("broken"));
        Assert.Equal([1L, 2, 3, 4], await bot.StepsAsync("healthy"));
        var toBroken = bot.Adapter.Sent.Where(a => a.Conversation.Id == "broken").Select(a => ((IMessageActivity)a).Text);
        Assert.Equal([RecordingResetResponder.Marker, "step 4"], toBroken);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Transcripts_hold_both_sides_of_the_conversation_masked_in_order(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = new BotInstance(db);

        await bot.SendTextAsync("c", "7", activityId: "in-1");
        await bot.SendTextAsync("c", "8", activityId: "in-2");

        var transcript = await bot.Services.GetRequiredService<ITranscriptRepository>().ReadAsync(new("test", "c"), default);
        var texts = transcript.Select(e => JObject.Parse(e.MaskedActivityJson)["text"]!.Value<string>());
        Assert.Equal(["7", "step 7", "8", "step 8"], texts);
    }

    [Fact]
    public async Task Turns_alternating_between_two_instances_on_one_postgres_keep_the_conversation_state()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var first = new BotInstance(db);
        await using var second = new BotInstance(db);

        foreach (var step in OneToTen)
        {
            await (step % 2 == 1 ? first : second).SendAsync("c", step);
        }

        Assert.Equal(OneToTen, await first.StepsAsync("c"));
        Assert.Equal(OneToTen, await second.StepsAsync("c"));
    }

    [Fact]
    public async Task Two_instances_on_one_postgres_receiving_turns_of_the_same_conversations_at_once_lose_nothing()
    {
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await using var first = new BotInstance(db);
        await using var second = new BotInstance(db);
        var conversations = Enumerable.Range(0, 20).Select(i => $"conv-{i}").ToList();

        var turns = OneToTen.SelectMany(step => conversations.Select(c => (step % 2 == 1 ? first : second).SendAsync(c, step))).ToList();
        await Task.WhenAll(turns).WaitAsync(TimeSpan.FromMinutes(2));

        foreach (var conversation in conversations)
        {
            Assert.Equal(OneToTen, (await first.StepsAsync(conversation)).Order());
        }
    }
}
