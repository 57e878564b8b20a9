using SupportBot.Testing.Escalation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Orders;
using SupportBot.Dialogs.Orders.Demo;
using SupportBot.Understanding;
using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Dialogs.Tests.TestSupport;
using SupportBot.Knowledge;
using SupportBot.Testing;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

namespace SupportBot.Dialogs.Tests;

/// <summary>AddSupportDialogs as the host calls it: with no order system the bot asks, with the demo one it looks the order up.</summary>
public sealed class SupportDialogsServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supportbot-dialogs-di-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Without_an_order_system_the_bot_asks_for_the_stage()
    {
        using var services = Build(("Provider", "None"));

        Assert.Null(services.GetService<IOrderService>());
        Assert.IsType<OfflineRecognizer>(services.GetRequiredService<IIntentRecognizer>());
        Assert.IsType<PlaceholderEscalationService>(services.GetRequiredService<IEscalationService>());
        Assert.DoesNotContain(new ServiceCollection().AddSupportDialogs(new ConfigurationBuilder().Build()), d => d.ServiceType == typeof(IEscalationService));
        var replies = await TalkAsync(services.GetRequiredService<MainDialog>(), Tap(Label.Menu(MenuTopics.CancelOrder)), OrderNumber);
        Assert.Contains(replies, r => r.Text == Snapshot.Text(MessageKeys.CancelAskStage, "ja"));
    }

    [Fact]
    public async Task With_the_demo_order_system_the_bot_looks_the_order_up()
    {
        using var services = Build(("Provider", "Demo"), ("DemoDatabasePath", Path.Combine(_folder, "demo.db")));
        var order = DemoOrderSeed.Orders.First(o => o.Behaviour == DemoOrderBehaviour.Ordinary && o.Stage == "not_shipped");

        var replies = await TalkAsync(services.GetRequiredService<MainDialog>(), Tap(Label.Menu(MenuTopics.CancelOrder)), order.OrderNumber);

        Assert.Contains(replies, r => r.Text?.Contains(Snapshot.Text(MessageKeys.CancelOrderFound, "ja", ("orderNumber", order.OrderNumber)), StringComparison.Ordinal) == true);
        Assert.Contains(replies, r => r.Text?.Contains(Snapshot.Text(MessageKeys.OrdersOfferSend, "ja"), StringComparison.Ordinal) == true);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static ServiceProvider Build(params (string Key, string Value)[] orders)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(orders.Select(s => new KeyValuePair<string, string?>("Orders:" + s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IKnowledgeBase>(RepositoryKnowledge.Instance);
        services.AddSupportDialogs(configuration);
        // The host registers the real ticket service (bot/Escalation); the dialogs only need the interface.
        services.AddSingleton<IEscalationService, PlaceholderEscalationService>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private static async Task<List<IMessageActivity>> TalkAsync(MainDialog dialog, params string[] texts)
    {
        var client = new DialogTestClient(Channels.Emulator, dialog);
        var replies = new List<IMessageActivity>();
        foreach (var text in texts)
        {
            replies.Clear();
            for (var reply = await client.SendActivityAsync<IActivity>(text); reply is not null; reply = client.GetNextReply<IActivity>())
            {
                if (reply is IMessageActivity { Type: ActivityTypes.Message } message)
                {
                    replies.Add(message);
                }
            }
        }

        return replies;
    }
}
