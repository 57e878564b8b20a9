using Microsoft.Bot.Schema;
using SupportBot.Bot.DirectLine.Tokens;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// What happens to a posted activity: the server fixes who sent it and where (a token's user cannot speak as
/// someone else), echoes it into the log with a server id and timestamp (channelData such as clientActivityID
/// untouched: Web Chat matches its pending bubble by it), shows a typing indicator, then runs the turn.
/// </summary>
public sealed class IncomingActivityProcessor
{
    private readonly DirectLineActivityFeed _feed;
    private readonly DirectLineTurnRunner _runner;
    private readonly TimeProvider _clock;

    public IncomingActivityProcessor(DirectLineActivityFeed feed, DirectLineTurnRunner runner, TimeProvider clock)
    {
        _feed = feed;
        _runner = runner;
        _clock = clock;
    }

    /// <summary>Returns the id given to the activity, or null when it names no sender.</summary>
    public async Task<string?> ProcessAsync(string conversationId, Activity activity, DirectLineCaller caller, string serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(caller);
        var userId = caller.BoundUserId ?? activity.From?.Id;
        if (string.IsNullOrWhiteSpace(userId))
        {
            return null;
        }

        activity.Id = DirectLineActivityFeed.NewActivityId();
        activity.Timestamp = _clock.GetUtcNow();
        activity.ChannelId = DirectLineTurnRunner.ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.From = new ChannelAccount(userId, activity.From?.Name, RoleTypes.User);
        activity.Recipient = _runner.Bot;
        activity.DeliveryMode = null;
        activity.CallerId = null;

        // A user's typing goes to nobody else here, so it is neither logged nor a turn.
        if (activity.Type == ActivityTypes.Typing)
        {
            return activity.Id;
        }

        // The echo and the typing indicator in one write: one commit and one wake-up of the streams instead of two.
        await _feed.AppendRangeAsync(
            conversationId,
            activity.Type == ActivityTypes.Message ? [activity, Typing(activity)] : [activity],
            cancellationToken).ConfigureAwait(false);

        await _runner.RunAsync(activity, cancellationToken).ConfigureAwait(false);
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
