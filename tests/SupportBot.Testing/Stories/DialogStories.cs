using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs;
using SupportBot.Dialogs.Answering;
using SupportBot.Dialogs.Outcomes;
using SupportBot.Understanding;
using SupportBot.Knowledge;
using SupportBot.Testing.Escalation;

namespace SupportBot.Testing.Stories;

/// <summary>
/// Stories played through the real MainDialog, offline recognizer and knowledge files, on the emulator channel, with
/// no order system (the bot asks the customer for every fact), as the development tests and the blind benchmark run them.
/// After a hand-off, lines go to the ticket as the host relays them.
/// </summary>
public static class DialogStories
{
    public static StoryChannel Channel(IKnowledgeBase knowledge)
    {
        var recognizer = new OfflineRecognizer(knowledge);
        return locale =>
        {
            var dialog = new MainDialog(knowledge, recognizer, new PlaceholderEscalationService(knowledge));
            var client = new DialogTestClient(Microsoft.Bot.Connector.Channels.Emulator, dialog, conversationState: new ConversationState(new MemoryStorage()), locale: locale);
            string? ticketId = null;
            return async text =>
            {
                // After a hand-off the host's CustomerRelay puts every message on the open ticket for the person and
                // says so; while nobody has joined, a question the knowledge clearly answers is answered as well.
                if (ticketId is not null)
                {
                    var language = locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "ja";
                    var queued = MessageFactory.Text(knowledge.Current.Text(MessageKeys.EscalationMessageQueued, language, ("ticketId", ticketId)));
                    return QuestionAnswerer.WhileWaiting(text, knowledge.Current, language) is { } answer ? [answer, queued] : [queued];
                }

                var replies = new List<IMessageActivity>();
                for (var reply = await client.SendActivityAsync<IActivity>(text).ConfigureAwait(false); reply is not null; reply = client.GetNextReply<IActivity>())
                {
                    if (reply is IMessageActivity { Type: ActivityTypes.Message } message)
                    {
                        replies.Add(message);
                        ticketId ??= message.Entities?.FirstOrDefault(e => e.Type == OutcomeEntities.EscalationType)?.Properties["ticketId"]?.ToString();
                    }
                }

                return replies;
            };
        };
    }

    public static StoryRunner Runner(IKnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return new StoryRunner(Channel(knowledge), knowledge.Current);
    }
}
