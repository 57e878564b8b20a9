using Stopwatch = System.Diagnostics.Stopwatch;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportBot.Bot.DirectLine.Activities;
using SupportBot.Bot.DirectLine.Notifications;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Storage.TestSupport;
using Xunit.Abstractions;

namespace SupportBot.Bot.Tests.DirectLine.Notifications;

/// <summary>Two real hosts on one PostgreSQL database: a stream on one is woken by the other's appends through NOTIFY.</summary>
public sealed class CrossInstanceDeliveryTests(ITestOutputHelper output)
{
    private const int Appends = 200;
    private static readonly TimeSpan Patience = SupportBot.Testing.Time.Patience.Hang;

    [Fact]
    public async Task A_stream_on_one_instance_gets_each_append_by_another_through_the_notification()
    {
        var postgres = await TestPostgres.CreateDatabaseAsync();
        try
        {
            // Polls far beyond the hang limit: only a notification can deliver within the test.
            await using var host = new DirectLineHost
            {
                ExtraSettings = new Dictionary<string, string?>
                {
                    ["Storage:Provider"] = "Postgres",
                    ["Storage:PostgresConnectionString"] = postgres,
                    ["DirectLine:StreamPollMilliseconds"] = "60000",
                    ["DirectLine:StreamSafetyPollMilliseconds"] = "600000",
                },
            };
            var first = host.Start();
            var second = host.Start();
            var conversation = await PageConversation.StartAsync(first);
            var listening = first.Services.GetRequiredService<AppendListenerStatus>();
            await listening.WaitUntilAsync(s => s.Listening);
            var (_, current) = await conversation.Client.GetActivitiesAsync(conversation.ConversationId, null);
            var (_, reconnect) = await conversation.Client.ReconnectAsync(conversation.ConversationId, (string)current!["watermark"]!);
            using var socket = await conversation.Client.ConnectStreamAsync((string)reconnect!["streamUrl"]!);
            var onSecond = second.Services.GetRequiredService<DirectLineActivityFeed>();
            var notifiedBefore = listening.Notifications;

            var latencies = new List<double>();
            for (var i = 0; i < Appends; i++)
            {
                var activity = AgentMessage(conversation.ConversationId, i);
                var clock = Stopwatch.StartNew();
                await onSecond.AppendAsync(conversation.ConversationId, activity, CancellationToken.None);
                var (streamed, _) = await DirectLineClient.ReadStreamAsync(socket, 1, Patience);
                latencies.Add(clock.Elapsed.TotalMilliseconds);

                Assert.Equal(activity.Id, (string)Assert.Single(streamed)["id"]!);
            }

            Assert.True(listening.Notifications - notifiedBefore >= Appends);
            Assert.Equal("notify", (await HealthAsync(first)).GetProperty("directline_delivery").GetString());
            latencies.Sort();
            output.WriteLine(
                $"append on B → frame on A's stream, N={Appends}: median {Percentile(latencies, 0.50):F2} ms, " +
                $"p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(postgres);
        }
    }

    [Fact]
    public async Task On_sqlite_no_listener_runs_and_streams_keep_polling()
    {
        await using var host = new DirectLineHost();
        var factory = host.Start();

        Assert.DoesNotContain(factory.Services.GetServices<IHostedService>(), s => s is PostgresAppendListener);
        var status = factory.Services.GetRequiredService<AppendListenerStatus>();
        Assert.False(status.Listening);
        Assert.Equal(0, status.Connects);
        Assert.False((await HealthAsync(factory)).TryGetProperty("directline_delivery", out _));
    }

    private static async Task<System.Text.Json.JsonElement> HealthAsync(SupportBot.Bot.Tests.Hosting.SupportBotFactory factory)
    {
        using var client = factory.CreateClient();
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("healthz", UriKind.Relative)));
        return json.RootElement.Clone();
    }

    private static Activity AgentMessage(string conversationId, int n) => new()
    {
        Type = ActivityTypes.Message,
        Text = $"担当者からの返信 {n}",
        From = new ChannelAccount("agent-1", "Agent") { Role = "bot" },
        Conversation = new ConversationAccount { Id = conversationId },
    };

    // Nearest rank on sorted samples.
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
