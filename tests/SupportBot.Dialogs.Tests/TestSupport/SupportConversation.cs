using SupportBot.Testing.Escalation;
using SupportBot.Testing.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Escalation;
using SupportBot.Dialogs.Orders;
using SupportBot.Understanding;
using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Knowledge;
using SupportBot.Testing;

namespace SupportBot.Dialogs.Tests.TestSupport;

/// <summary>
/// The real MainDialog with the real offline recognizer and knowledge files, driven turn by turn through the dialog
/// test client, on the emulator channel (suggested actions) unless told another,, with state stored as plain JSON between turns.
/// Two instances given the same storage are the same conversation, as after a process restart.
/// </summary>
internal sealed class SupportConversation
{
    private readonly DialogTestClient _client;

    public SupportConversation(string locale = "ja-JP", IOrderService? orders = null, JsonRoundTripStorage? storage = null, string channelId = Channels.Emulator)
    {
        Knowledge = RepositoryKnowledge.Instance;
        Storage = storage ?? new JsonRoundTripStorage();
        var dialog = new MainDialog(
            Knowledge,
            new OfflineRecognizer(Knowledge),
            new PlaceholderEscalationService(Knowledge),
            orders);
        _client = new DialogTestClient(channelId, dialog, conversationState: new ConversationState(Storage), locale: locale);
    }

    public IKnowledgeBase Knowledge { get; }

    public JsonRoundTripStorage Storage { get; }

    /// <summary>Sends the customer's text and returns every message the bot answered with (traces left out).</summary>
    public async Task<IReadOnlyList<IMessageActivity>> SayAsync(string text)
    {
        var replies = new List<IMessageActivity>();
        var first = await _client.SendActivityAsync<IActivity>(text);
        for (var reply = first; reply is not null; reply = _client.GetNextReply<IActivity>())
        {
            if (reply is IMessageActivity { Type: ActivityTypes.Message } message)
            {
                replies.Add(message);
            }
        }

        return replies;
    }
}
