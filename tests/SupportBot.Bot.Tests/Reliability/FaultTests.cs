using System.Net;
using System.Net.Sockets;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Bot.Storage.State;
using SupportBot.Testing.Channels;
using SupportBot.Testing.Time;

namespace SupportBot.Bot.Tests.Reliability;

/// <summary>What the customer sees when a dependency fails: an apology or another way forward, never a 5xx or a lost conversation.</summary>
public sealed class FaultTests
{
    private const string OrderNumber = "250-1234567-1234567";

    [Fact]
    public async Task While_the_store_is_unavailable_turns_apologise_and_when_it_is_back_the_conversation_continues_where_it_was()
    {
        FlakyStorage? flaky = null;
        using var factory = new SupportBotFactory
        {
            TestServices = services => services.Replace(ServiceDescriptor.Singleton<IStorage>(sp =>
                flaky = new FlakyStorage(ActivatorUtilities.CreateInstance<SqlStorage>(sp)))),
        };
        using var client = factory.CreateClient();
        const string conversation = "fault-store";
        Assert.Contains("注文番号", await SayAsync(client, conversation, "注文をキャンセルしたい"));

        flaky!.FailNext(1);
        var (status, duringOutage) = await SendAsync(client, conversation, OrderNumber);
        var afterOutage = await SayAsync(client, conversation, OrderNumber);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(flaky.Failed >= 1);
        Assert.Contains("申し訳ございません", duringOutage);
        Assert.DoesNotContain("状態", duringOutage);
        Assert.Contains("状態", afterOutage);
    }

    [Fact]
    public async Task A_store_down_for_several_calls_in_a_row_still_gets_an_apology_not_a_5xx()
    {
        FlakyStorage? flaky = null;
        using var factory = new SupportBotFactory
        {
            TestServices = services => services.Replace(ServiceDescriptor.Singleton<IStorage>(sp =>
                flaky = new FlakyStorage(ActivatorUtilities.CreateInstance<SqlStorage>(sp)))),
        };
        using var client = factory.CreateClient();
        Assert.Contains("注文番号", await SayAsync(client, "fault-store-long", "注文をキャンセルしたい"));

        flaky!.FailNext(10);
        var (status, replies) = await SendAsync(client, "fault-store-long", OrderNumber);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("申し訳ございません", replies);
    }

    [Fact]
    public async Task With_the_order_system_down_the_bot_asks_the_customer_for_what_it_could_not_look_up()
    {
        using var factory = new SupportBotFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Orders:Provider"] = "Http",
                ["Orders:HttpBaseAddress"] = $"http://127.0.0.1:{ClosedPort()}/",
            },
        };
        using var client = factory.CreateClient();
        Assert.Contains("注文番号", await SayAsync(client, "fault-orders", "注文をキャンセルしたい"));

        var (status, replies) = await SendAsync(client, "fault-orders", OrderNumber);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("状態", replies);
        Assert.DoesNotContain("申し訳ございません", replies);
    }

    [Fact]
    public async Task With_CLU_down_a_whole_conversation_still_reaches_its_outcome_on_the_offline_recognizer()
    {
        using var factory = new SupportBotFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["CluAPIHostName"] = $"http://127.0.0.1:{ClosedPort()}",
                ["CluAPIKey"] = "test-key",
                ["CluProjectName"] = "SupportBot",
                ["CluDeploymentName"] = "production",
            },
        };
        using var client = factory.CreateClient();

        foreach (var (text, expect) in CustomerScript.All[2].Turns)
        {
            var (status, replies) = await SendAsync(client, "fault-clu", text);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(expect, replies);
        }
    }

    [Fact]
    public async Task A_knowledge_file_broken_mid_run_leaves_the_last_good_version_serving_until_it_is_fixed()
    {
        var content = CopyKnowledge();
        try
        {
            using var factory = new SupportBotFactory
            {
                Settings = new Dictionary<string, string?>
                {
                    ["Knowledge:Directory"] = content,
                    ["Knowledge:DebounceMilliseconds"] = "50",
                    ["Knowledge:PollIntervalMilliseconds"] = "100",
                },
            };
            using var client = factory.CreateClient();
            Assert.Contains("ご注文番号を教えてください", await SayAsync(client, "fault-knowledge-1", "注文をキャンセルしたい"));
            var messages = Path.Combine(content, "messages.yaml");
            var good = await File.ReadAllTextAsync(messages);

            var health = factory.Services.GetRequiredService<SupportBot.Knowledge.KnowledgeHealth>();
            await File.WriteAllTextAsync(messages, good + "\n  broken: [unclosed\n\t- : :\n");
            // The broken file has been read and refused before the bot is asked anything.
            await EventuallyAsync(() => Task.FromResult(health.IsHealthy ? "healthy" : "refused"), r => r == "refused");
            Assert.False(health.IsHealthy, "the broken edit was never read");
            var (status, whileBroken) = await SendAsync(client, "fault-knowledge-2", "注文をキャンセルしたい");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("ご注文番号を教えてください", whileBroken);

            // The watcher is alive: a good edit after the broken one goes live.
            await File.WriteAllTextAsync(messages, good.Replace("ご注文番号を教えてください", "ご注文番号をお知らせください", StringComparison.Ordinal));
            var edited = await EventuallyAsync(() => SayAsync(client, "fault-knowledge-3-" + Guid.NewGuid().ToString("N"), "注文をキャンセルしたい"), r => r.Contains("ご注文番号をお知らせください", StringComparison.Ordinal));
            Assert.Contains("ご注文番号をお知らせください", edited);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(content)!, recursive: true);
        }
    }

    [Theory]
    [InlineData("messages.yaml", "\n  failed.ask_kind:\n", "\n  failed.kind_question:\n")]
    [InlineData("failures.yaml", "  - id: too-late\n", "  - id: too-late-now\n")]
    public async Task An_edit_that_breaks_the_code_contract_is_refused_and_the_last_good_version_keeps_serving(string file, string find, string replacement)
    {
        var content = CopyKnowledge();
        try
        {
            using var factory = new SupportBotFactory
            {
                Settings = new Dictionary<string, string?>
                {
                    ["Knowledge:Directory"] = content,
                    ["Knowledge:DebounceMilliseconds"] = "50",
                    ["Knowledge:PollIntervalMilliseconds"] = "100",
                },
            };
            using var client = factory.CreateClient();
            const string AskKind = "キャンセルリクエストはどうなりましたか？";
            Assert.Contains(AskKind, await SayAsync(client, "fault-contract-1", "キャンセルが失敗した・拒否された"));
            var path = Path.Combine(content, file);
            var good = await File.ReadAllTextAsync(path);
            Assert.Contains(find, good, StringComparison.Ordinal);

            var health = factory.Services.GetRequiredService<SupportBot.Knowledge.KnowledgeHealth>();
            await File.WriteAllTextAsync(path, good.Replace(find, replacement, StringComparison.Ordinal));
            await EventuallyAsync(() => Task.FromResult(health.IsHealthy ? "healthy" : "refused"), r => r == "refused");
            Assert.False(health.IsHealthy, "the edit was never read");

            // The customer who picks "my cancellation failed" is still asked what happened, not given the turn error.
            Assert.Contains(AskKind, await SayAsync(client, "fault-contract-2", "キャンセルが失敗した・拒否された"));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(content)!, recursive: true);
        }
    }

    private static async Task<string> SayAsync(HttpClient client, string conversation, string text)
    {
        var (status, replies) = await SendAsync(client, conversation, text);
        Assert.Equal(HttpStatusCode.OK, status);
        return replies;
    }

    private static async Task<(HttpStatusCode Status, string Replies)> SendAsync(HttpClient client, string conversation, string text)
    {
        using var response = await client.PostActivityAsync(TestActivities.Message(conversation, text));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var replies = await response.ReadRepliesAsync();
        return (response.StatusCode, string.Join("\n", replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text)));
    }

    private static async Task<string> EventuallyAsync(Func<Task<string>> read, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience.Hang;
        var last = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            last = await read();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(200);
        }

        return last;
    }

    private static string CopyKnowledge()
    {
        // content/ and its sibling schemas/, which the files name by relative path.
        var source = Path.Combine(SupportBot.Testing.Hosting.RepositoryRoot.Path, "knowledge");
        var target = Directory.CreateTempSubdirectory("supportbot-knowledge-").FullName;
        foreach (var folder in new[] { "content", "schemas" })
        {
            Directory.CreateDirectory(Path.Combine(target, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(source, folder)))
            {
                File.Copy(file, Path.Combine(target, folder, Path.GetFileName(file)));
            }
        }

        return Path.Combine(target, "content");
    }

    // A port nothing listens on: bound, then released.
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
