using Newtonsoft.Json;

namespace SupportBot.Dialogs.Engine;

/// <summary>One entry of the persisted dialog stack.</summary>
public sealed class DialogInstance
{
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    // Values come back as long/JObject/JArray from a storage that does not keep type names.
    [JsonProperty("state")]
    public IDictionary<string, object?> State { get; set; } = new Dictionary<string, object?>();
}
