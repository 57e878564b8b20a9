using Newtonsoft.Json;
using Newtonsoft.Json.Converters;

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

    public static MainOptions Route => new() { Mode = MainMode.Route };

    public static MainOptions Rest => new() { Mode = MainMode.Rest };

    public static MainOptions Menu(int misses = 0) => new() { Mode = MainMode.Menu, Misses = misses };
}
