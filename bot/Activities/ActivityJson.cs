using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Bot.Activities;

/// <summary>
/// Activities as the Bot Framework writes them (Newtonsoft, nulls left out), for every place this host writes one:
/// the expectReplies body, transcripts, the Direct Line log and wire.
/// </summary>
public static class ActivityJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        // A card or channelData object that refers back to itself is written once, not refused mid-turn.
        ReferenceLoopHandling = ReferenceLoopHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
        ContractResolver = ActivityContractResolver.Instance,
    };

    public static string Serialize(object activityOrReplies) => JsonConvert.SerializeObject(activityOrReplies, Settings);

    public static Activity? Deserialize(string json) => JsonConvert.DeserializeObject<Activity>(json, Settings);
}
