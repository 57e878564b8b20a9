using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Messages;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>Activities as the Bot Framework writes them (Newtonsoft, nulls left out), for the log and the wire.</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        MaxDepth = 64,
        ContractResolver = ActivityContractResolver.Instance,
    };

    public static string Serialize(Activity activity) => JsonConvert.SerializeObject(activity, Settings);

    public static Activity? Deserialize(string json) => JsonConvert.DeserializeObject<Activity>(json, Settings);
}
