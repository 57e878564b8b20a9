using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;

namespace SupportBot.Testing;

/// <summary>Drives one dialog turn by turn over a TestAdapter, like Bot Framework's DialogTestClient.</summary>
public class DialogTestClient
{
    private readonly TestAdapter _testAdapter;
    private readonly BotCallbackHandler _callback;

    public DialogTestClient(
        string channelId,
        Dialog targetDialog,
        object? initialDialogOptions = null,
        IEnumerable<IMiddleware>? middlewares = null,
        ConversationState? conversationState = null,
        string locale = "ja-JP")
    {
        ArgumentNullException.ThrowIfNull(targetDialog);
        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        Locale = locale;
        _testAdapter = new TestAdapter(channelId) { Locale = locale };
        _testAdapter.Use(new AutoSaveStateMiddleware(ConversationState));
        foreach (var middleware in middlewares ?? [])
        {
            _testAdapter.Use(middleware);
        }

        var accessor = ConversationState.CreateProperty<DialogState>("DialogState");
        _callback = async (turnContext, cancellationToken) =>
        {
            var dialogSet = new DialogSet(accessor);
            dialogSet.Add(targetDialog);
            var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
            DialogTurnResult = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            if (DialogTurnResult.Status == DialogTurnStatus.Empty)
            {
                DialogTurnResult = await dc.BeginDialogAsync(targetDialog.Id, initialDialogOptions, cancellationToken).ConfigureAwait(false);
            }
        };
    }

    /// <summary>The result of the last turn.</summary>
    public DialogTurnResult DialogTurnResult { get; private set; } = new(DialogTurnStatus.Empty);

    public ConversationState ConversationState { get; }

    public string Locale { get; }

    /// <summary>Sends text as a message from the user and returns the bot's first reply (null when it said nothing).</summary>
    public async Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : class, IActivity
    {
        await _testAdapter.SendTextToBotAsync(text, _callback, cancellationToken).ConfigureAwait(false);
        return GetNextReply<T>();
    }

    /// <summary>Sends any activity (typing, conversation update, a message with a locale) and returns the first reply.</summary>
    public async Task<T?> SendActivityAsync<T>(Activity activity, CancellationToken cancellationToken = default)
        where T : class, IActivity
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Locale ??= Locale;
        await _testAdapter.ProcessActivityAsync(activity, _callback, cancellationToken).ConfigureAwait(false);
        return GetNextReply<T>();
    }

    /// <summary>The next queued reply of the bot, or null when none is left.</summary>
    public T? GetNextReply<T>()
        where T : class, IActivity => (T?)_testAdapter.GetNextReply();
}
