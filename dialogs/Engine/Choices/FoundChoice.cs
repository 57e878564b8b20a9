using Newtonsoft.Json;

namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>The choice a user's utterance was recognized as.</summary>
public sealed class FoundChoice
{
    [JsonProperty("value")]
    public string Value { get; set; } = string.Empty;

    [JsonProperty("index")]
    public int Index { get; set; }

    [JsonProperty("score")]
    public float Score { get; set; }

    /// <summary>The value, title or synonym that matched; null for ordinal and number matches.</summary>
    [JsonProperty("synonym")]
    public string? Synonym { get; set; }
}
