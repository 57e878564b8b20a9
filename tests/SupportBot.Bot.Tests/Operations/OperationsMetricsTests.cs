using System.Diagnostics.Metrics;
using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Turns.Transcripts;
using SupportBot.Bot.Tests.DirectLine.TestSupport;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Operations.TestSupport;

namespace SupportBot.Bot.Tests.Operations;

public sealed class OperationsMetricsTests
{
    private static readonly TimeSpan Patience = SupportBot.Testing.Time.Patience.Hang;

    [Fact]
    public async Task A_transcript_line_the_store_refuses_counts_as_a_store_error_and_the_customer_still_gets_the_reply()
    {
        using var factory = new SupportBotFactory
        {
            Settings = new Dictionary<string, string?> { ["Knowledge:WatchForChanges"] = "false" },
            TestServices = services => services.Replace(ServiceDescriptor.Singleton<ITranscriptRepository, RefusingTranscripts>()),
        };
        using var errors = new MetricCollector<long>(factory.Services.GetRequiredService<IMeterFactory>(), StoreMetrics.MeterName, "supportbot.store.errors");
        using var client = factory.CreateClient();

        var replies = await new EmulatorConversation(client).SayAsync("こんにちは");

        Assert.Contains(replies, r => r.Type == "message");
        var measurement = Assert.Single(errors.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal("transcript_write", measurement.Tags["operation"]);
    }

    [Fact]
    public async Task An_open_Direct_Line_stream_counts_as_a_connection_until_it_closes()
    {
        await using var host = new DirectLineHost();
        var factory = host.Start();
        using var connections = new MetricCollector<long>(factory.Services.GetRequiredService<IMeterFactory>(), DirectLineMetrics.MeterName, "supportbot.directline.connections");
        var conversation = await PageConversation.StartAsync(factory);

        using var socket = await conversation.Client.ConnectStreamAsync((string)conversation.Started["streamUrl"]!);
        await connections.WaitForMeasurementsAsync(1, Patience);
        Assert.Equal(1, connections.GetMeasurementSnapshot().Sum(m => m.Value));

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await connections.WaitForMeasurementsAsync(2, Patience);
        Assert.Equal([1L, -1L], connections.GetMeasurementSnapshot().Select(m => m.Value));
    }

    private sealed class RefusingTranscripts : ITranscriptRepository
    {
        public Task AppendRangeAsync(SupportBot.Bot.Activities.ConversationKey conversation, IReadOnlyList<UnmaskedTranscriptLine> lines, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The store is down.");

        public Task<IReadOnlyList<TranscriptEntry>> ReadAsync(SupportBot.Bot.Activities.ConversationKey conversation, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);

        public Task<IReadOnlyList<TranscriptEntry>> ReadConversationsStartedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<TranscriptEntry>>([]);

        public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
