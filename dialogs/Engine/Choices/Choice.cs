using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>An option offered to the user: its value, an optional button, and other words that mean it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value)
    {
        Value = value;
    }

    [JsonProperty("value")]
    public string Value { get; set; } = string.Empty;

    /// <summary>The button shown instead of the value; its title is also recognized.</summary>
    [JsonProperty("action")]
    public CardAction? Action { get; set; }

#pragma warning disable CA2227, CA1002 // Mirrors Bot Framework's settable List for serializers and object initializers.
    [JsonProperty("synonyms")]
    public List<string>? Synonyms { get; set; }
#pragma warning restore CA2227, CA1002

    [JsonIgnore]
    public string Title => string.IsNullOrEmpty(Action?.Title) ? Value : Action.Title;
}
