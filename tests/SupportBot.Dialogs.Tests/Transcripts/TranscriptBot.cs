using SupportBot.Testing.Escalation;
using SupportBot.Testing.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Escalation;
using SupportBot.Understanding;
using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Dialogs.Tests.TestSupport;
using SupportBot.Dialogs.Welcome;

namespace SupportBot.Dialogs.Tests.Transcripts;

/// <summary>
/// The bot as the host runs it (SupportActivityHandler): the welcome on conversationUpdate, MainDialog on messages,
/// conversation state saved as plain JSON after each turn; over a TestAdapter so a transcript can be played into it.
/// </summary>
internal sealed class TranscriptBot
{
    private readonly TestAdapter _adapter;
    private readonly ConversationState _state;
    private readonly MainDialog _dialog;
    private readonly WelcomeMessageFactory _welcome;

    public TranscriptBot(string channelId, string conversationId)
    {
        var knowledge = RepositoryKnowledge.Instance;
        _state = new ConversationState(new JsonRoundTripStorage());
        _dialog = new MainDialog(knowledge, new OfflineRecognizer(knowledge), new PlaceholderEscalationService(knowledge));
        _welcome = new WelcomeMessageFactory(knowledge);
        _adapter = new TestAdapter(TestAdapter.CreateConversation(conversationId, "user", "bot"));
        _adapter.Conversation.ChannelId = channelId;
    }

    /// <summary>Plays one customer activity into the bot and returns every activity the bot sent back.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await _adapter.ProcessActivityAsync(activity, OnTurnAsync, CancellationToken.None);
        var replies = new List<Activity>();
        for (var reply = _adapter.GetNextReply(); reply is not null; reply = _adapter.GetNextReply())
        {
            replies.Add((Activity)reply);
        }

        return replies;
    }

    private async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            foreach (var member in activity.MembersAdded ?? [])
            {
                if (member.Id != activity.Recipient?.Id)
                {
                    await turnContext.SendActivityAsync(_welcome.Create(activity), cancellationToken);
                }
            }
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await _dialog.RunAsync(turnContext, _state.CreateProperty<DialogState>(nameof(DialogState)), cancellationToken);
        }

        await _state.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }
}
