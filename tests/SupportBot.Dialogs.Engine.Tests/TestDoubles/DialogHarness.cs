using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Engine.Tests.TestDoubles;

/// <summary>Runs turns against a fresh DialogSet per turn, as a bot does, and collects every reply of each turn.</summary>
internal sealed class DialogHarness
{
    private readonly TestAdapter _adapter;
    private readonly IStatePropertyAccessor<DialogState> _accessor;
    private readonly Func<Dialog[]> _dialogs;
    private readonly string _locale;

    public DialogHarness(Func<Dialog[]> dialogs, IStorage? storage = null, string channelId = "test", string locale = "ja-JP")
    {
        _dialogs = dialogs;
        _locale = locale;
        ConversationState = new ConversationState(storage ?? new MemoryStorage());
        _accessor = ConversationState.CreateProperty<DialogState>("DialogState");
        _adapter = new TestAdapter(channelId) { Locale = locale };
        _adapter.Use(new AutoSaveStateMiddleware(ConversationState));
    }

    public DialogHarness(params Dialog[] dialogs)
        : this(() => dialogs)
    {
    }

    public ConversationState ConversationState { get; }

    public DialogTurnResult? LastResult { get; private set; }

    public List<DialogInstance> LastStack { get; private set; } = [];

    /// <summary>Continue, or begin the first dialog when nothing is active; an explicit turn replaces that.</summary>
    public Task<List<IMessageActivity>> SendAsync(string text, Func<DialogContext, Task<DialogTurnResult>>? turn = null) =>
        RunAsync(MessageFactory.Text(text), turn);

    public async Task<List<IMessageActivity>> RunAsync(Activity activity, Func<DialogContext, Task<DialogTurnResult>>? turn = null)
    {
        // TestAdapter stamps its locale only on activities it makes itself.
        activity.Locale ??= _locale;
        await _adapter.ProcessActivityAsync(activity, async (turnContext, ct) =>
        {
            var set = new DialogSet(_accessor);
            var dialogs = _dialogs();
            foreach (var dialog in dialogs)
            {
                set.Add(dialog);
            }

            var dc = await set.CreateContextAsync(turnContext, ct);
            if (turn is not null)
            {
                LastResult = await turn(dc);
            }
            else
            {
                LastResult = await dc.ContinueDialogAsync(ct);
                if (LastResult.Status == DialogTurnStatus.Empty)
                {
                    LastResult = await dc.BeginDialogAsync(dialogs[0].Id, null, ct);
                }
            }

            LastStack = dc.Stack;
        });

        var replies = new List<IMessageActivity>();
        while (_adapter.GetNextReply() is IMessageActivity reply)
        {
            replies.Add(reply);
        }

        return replies;
    }
}
