using SupportBot.Bot.Activities;
using Microsoft.Bot.Schema;
using SupportBot.Bot.DirectLine.Tokens;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// What happens to a posted activity: the server keeps only what the bot reads (<see cref="PostedActivity"/>), fixes
/// who sent it and where (a token's user cannot speak as someone else), echoes it into the log with a server id and
/// timestamp (clientActivityID kept: Web Chat matches its pending bubble by it), shows a typing indicator, then runs
/// the turn. A client's retry of the same post gets the original's id back and is not run twice.
/// </summary>
public sealed class IncomingActivityProcessor
{
    /// <summary>What <see cref="ProcessAsync"/> returns when the conversation's log is full.</summary>
    public const string ConversationFull = "";

    private readonly DirectLineActivityFeed _feed;
    private readonly DirectLineTurnRunner _runner;
    private readonly TimeProvider _clock;

    public IncomingActivityProcessor(DirectLineActivityFeed feed, DirectLineTurnRunner runner, TimeProvider clock)
    {
        _feed = feed;
        _runner = runner;
        _clock = clock;
    }

    /// <summary>
    /// Returns the id given to the activity, null when it names no sender, or <see cref="ConversationFull"/> when the
    /// conversation's log takes no more posts. A repeat of an earlier post (same
    /// client id) is answered with the original's id and nothing is logged twice; its turn is run again, which only
    /// does something if the original was never answered.
    /// </summary>
    public async Task<string?> ProcessAsync(string conversationId, Activity posted, DirectLineCaller caller, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(caller);
        var userId = caller.BoundUserId ?? posted.From?.Id;
        if (string.IsNullOrWhiteSpace(userId))
        {
            return null;
        }

        var clientKey = PostedActivity.ClientKey(posted);
        var activity = PostedActivity.Trim(posted);
        activity.Id = DirectLineActivityFeed.NewActivityId();
        activity.Timestamp = _clock.GetUtcNow();
        activity.ChannelId = DirectLineTurnRunner.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = new ChannelAccount(userId, posted.From?.Name, RoleTypes.User);
        activity.Recipient = _runner.Bot;

        // A user's typing goes to nobody else here, so it is neither logged nor a turn.
        if (activity.Type == ActivityTypes.Typing)
        {
            return activity.Id;
        }

        // The echo and the typing indicator in one write: one commit and one wake-up of the streams instead of two.
        // Every post is keyed, so recovery at start finds the customer's accepted messages.
        var append = await _feed.AppendPostedAsync(
            conversationId,
            clientKey ?? "s:" + activity.Id,
            activity.Type == ActivityTypes.Message ? [activity, Typing(activity)] : [activity],
            cancellationToken);
        if (append.Full)
        {
            return ConversationFull;
        }

        if (append.RepeatOf is { } json && ActivityJson.Deserialize(json) is { } earlier)
        {
            // Run as logged: the turn ordering answers it at most once.
            earlier.ServiceUrl = serviceUrl;
            await _runner.RunAsync(earlier, cancellationToken);
            return earlier.Id;
        }

        await _runner.RunAsync(activity, cancellationToken);
        return activity.Id;
    }

    private Activity Typing(Activity incoming) => new()
    {
        Type = ActivityTypes.Typing,
        ChannelId = incoming.ChannelId,
        Conversation = incoming.Conversation,
        From = _runner.Bot,
        Recipient = incoming.From,
        ReplyToId = incoming.Id,
    };
}
