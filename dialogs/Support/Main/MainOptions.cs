using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using SupportBot.Dialogs.Slots;

namespace SupportBot.Dialogs.Main;

/// <summary>How MainDialog's waterfall starts: route this message, show the menu, or rest until the next message.</summary>
public sealed class MainOptions
{
    [JsonProperty("mode")]
    [JsonConverter(typeof(StringEnumConverter))]
    public MainMode Mode { get; set; }

    /// <summary>Messages in a row not understood before the menu (the second one offers a person).</summary>
    [JsonProperty("misses", DefaultValueHandling = DefaultValueHandling.Ignore)]
    public int Misses { get; set; }

    /// <summary>Facts given before any topic (an order number as the first message): every topic starts with them.</summary>
    [JsonProperty("facts", NullValueHandling = NullValueHandling.Ignore)]
    public OrderInquiry? Facts { get; set; }

    /// <summary>True after "shall I connect you with a person?" was asked between topics: a yes or no answers it.</summary>
    [JsonProperty("offered", DefaultValueHandling = DefaultValueHandling.Ignore)]
    public bool PersonOffered { get; set; }

    /// <summary>True while resting after a topic or an answer: a remark the bot cannot read is then most likely a closing one.</summary>
    [JsonProperty("after", DefaultValueHandling = DefaultValueHandling.Ignore)]
    public bool AfterTopic { get; set; }

    /// <summary>
    /// True after an answer that tells the customer to give something to a person in this chat (「振込先の口座は担当者に
    /// お伝えください」): a "yes, please" next takes the person it implied.
    /// </summary>
    [JsonProperty("implied", DefaultValueHandling = DefaultValueHandling.Ignore)]
    public bool PersonImplied { get; set; }

    public static MainOptions Route => new() { Mode = MainMode.Route };

    public static MainOptions Rest => new() { Mode = MainMode.Rest };

    /// <summary>Resting after a topic, keeping its facts and topic for a follow-up or a correction.</summary>
    public static MainOptions After(OrderInquiry facts) => new() { Mode = MainMode.Rest, Facts = facts.HasFacts || facts.Situation != SupportTopic.None ? facts : null, AfterTopic = true };

    public static MainOptions Menu(int misses = 0, OrderInquiry? facts = null) => new() { Mode = MainMode.Menu, Misses = misses, Facts = facts };

    public static MainOptions OfferedPerson(OrderInquiry? facts) => new() { Mode = MainMode.Rest, PersonOffered = true, Facts = facts };
}
