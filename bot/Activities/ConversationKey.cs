using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Activities;

/// <summary>
/// A conversation as the stores know it: its channel and its id. Ids are unique only within a channel and are not
/// secret (they are in every Direct Line URL), so nothing is looked up by the id alone.
/// </summary>
public readonly record struct ConversationKey(string ChannelId, string ConversationId)
{
    /// <summary>The activity's conversation, or null when it names none.</summary>
    public static ConversationKey? Of(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.Id is { Length: > 0 } id ? new ConversationKey(activity.ChannelId ?? string.Empty, id) : null;
    }

    public override string ToString() => ChannelId + "/" + ConversationId;
}
