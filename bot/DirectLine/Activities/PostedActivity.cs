using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// What the channel keeps of a customer's post: the fields the bot reads (type, text, value, event name, locale) and
/// the client's own id (Web Chat matches its pending bubble by <c>channelData.clientActivityID</c>). Attachments,
/// entities and any other channel data are dropped: the log and the transcripts keep each activity for 30 days.
/// </summary>
public static class PostedActivity
{
    public const string ClientActivityIdField = "clientActivityID";

    public static Activity Trim(Activity posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var clientId = ClientActivityId(posted);
        return new Activity
        {
            Type = posted.Type,
            Id = posted.Id,
            Text = posted.Text,
            Value = posted.Value,
            Name = posted.Name,
            Locale = posted.Locale,
            From = posted.From is null ? null : new ChannelAccount(posted.From.Id, posted.From.Name),
            ChannelData = clientId is null ? null : new JObject { [ClientActivityIdField] = clientId },
        };
    }

    /// <summary>
    /// The key a client's retry of this post carries: Web Chat's <c>clientActivityID</c>, else an id the client gave
    /// the activity, else none (the server's id then stands for it).
    /// </summary>
    public static string? ClientKey(Activity posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return ClientActivityId(posted) is { } clientId ? "c:" + clientId
            : !string.IsNullOrEmpty(posted.Id) ? "i:" + posted.Id
            : null;
    }

    private static string? ClientActivityId(Activity posted) =>
        posted.ChannelData is JObject data && data[ClientActivityIdField] is JValue { Type: JTokenType.String } value
            && value.Value<string>() is { Length: > 0 and <= 200 } id
            ? id
            : null;
}
