using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Knowledge;
using SupportBot.Testing;

namespace SupportBot.Dialogs.Benchmarks;

/// <summary>
/// MainDialog as AddSupportDialogs builds it (no order system, an escalation service that is never called), over the test adapter with MemoryStorage: the first turn of a
/// conversation, and a whole six-turn cancellation (divide by six for the mean turn).
/// </summary>
[MemoryDiagnoser]
public class DialogTurnBenchmarks
{
    private static readonly string[] Cancellation =
    [
        "注文をキャンセルしたい",
        "２５０－１２３４５６７－１２３４５６７",
        "発送済み（まだ届いていない）",
        "マーケットプレイス出品者",
        "クレジットカード",
        "はい",
    ];

    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IKnowledgeBase>(new RepositoryKnowledgeBase());
        services.AddSingleton<SupportBot.Dialogs.Escalation.IEscalationService, UnusedEscalationService>();
        services.AddSupportDialogs(new ConfigurationBuilder().Build());
        _services = services.BuildServiceProvider();
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public Task<int> FirstTurn() => TalkAsync(Cancellation[..1]);

    [Benchmark]
    public Task<int> WholeCancellationSixTurns() => TalkAsync(Cancellation);

    private async Task<int> TalkAsync(string[] texts)
    {
        var client = new DialogTestClient(Channels.Emulator, _services.GetRequiredService<MainDialog>(), conversationState: new ConversationState(new MemoryStorage()));
        var replies = 0;
        foreach (var text in texts)
        {
            for (var reply = await client.SendActivityAsync<IActivity>(text); reply is not null; reply = client.GetNextReply<IActivity>())
            {
                replies++;
            }
        }

        return replies;
    }
}
