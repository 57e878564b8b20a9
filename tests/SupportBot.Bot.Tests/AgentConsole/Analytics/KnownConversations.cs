using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.Operations.TestSupport;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Tests.AgentConsole.Analytics;

/// <summary>
/// Seven conversations with known figures, driven through the real host (Emulator channel, /api/messages): one
/// contained cancellation, one whose answer did not solve it, one that asks for a person, one that leaves at the
/// stage question, two the bot did not understand, and one page opened and never written to.
/// </summary>
[CollectionDefinition(Name)]
public sealed class KnownConversationsGroup : ICollectionFixture<KnownConversations>
{
    public const string Name = "Known conversations";
}

public sealed class KnownConversations : IAsyncLifetime
{
    public const string Unknown = "ぜんぜん関係ない話です";
    public const string UnknownShouted = "ぜんぜん関係ない話です！";
    public const string UnknownTwice = "ほげほげ";
    public const string UnknownWithPhone = "折り返しは090-1234-5678へ";

    public SupportBotFactory Factory { get; } = new()
    {
        // Nothing edits the knowledge files here: no file watcher (hosts share the machine's inotify instances).
        Settings = new Dictionary<string, string?>(AgentSignIn.Settings()) { ["Knowledge:WatchForChanges"] = "false" },
    };

    public KnowledgeSnapshot Knowledge => Factory.Services.GetRequiredService<IKnowledgeBase>().Current;

    public Decision CancelDecision => Knowledge.Decide(OrderStage.NotShipped, SellerType.Store, PaymentMethod.CreditCard);

    private string Ja(Label label) => label.Text(Knowledge, "ja");

    public async Task InitializeAsync()
    {
        using var client = Factory.CreateClient();
        string[] toOutcome = ["注文をキャンセルしたい", "250-1234567-1234567", Ja(Label.Stage("not_shipped")), Ja(Label.Seller("store")), Ja(Label.Payment("credit_card"))];

        await SayAsync(client, [.. toOutcome, Ja(MessageKeys.CommonYes)]);             // contained
        await SayAsync(client, [.. toOutcome, Ja(MessageKeys.CommonNo)]);              // not solved → not_solved
        await SayAsync(client, ["人と話したい"]);                              // customer_request
        await SayAsync(client, ["注文をキャンセルしたい", "250-1234567-1234567"]); // leaves at the stage question
        await SayAsync(client, [Unknown, UnknownWithPhone]);                    // not understood (twice), leaves at the menu
        await SayAsync(client, [UnknownShouted, UnknownTwice]);                 // same words, and another
        await SayAsync(client, []);                                             // opened, never wrote
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private static async Task SayAsync(HttpClient client, string[] texts)
    {
        var conversation = new EmulatorConversation(client);
        await conversation.StartAsync();
        foreach (var text in texts)
        {
            await conversation.SayAsync(text);
        }
    }
}
