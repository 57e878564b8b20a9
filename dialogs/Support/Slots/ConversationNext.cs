using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

namespace SupportBot.Dialogs.Slots;

/// <summary>What MainDialog does when a topic's waterfall hands back its <see cref="OrderInquiry"/>.</summary>
[JsonConverter(typeof(StringEnumConverter))]
public enum ConversationNext
{
    Done,
    StartOver,
    Quit,
    Escalate,

    /// <summary>The message that ended the topic opens another: MainDialog routes it as a new request.</summary>
    Reroute,
}
