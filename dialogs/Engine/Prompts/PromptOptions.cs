using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt asks, what it asks again after an invalid reply, and the choices it offers.</summary>
public sealed class PromptOptions
{
    [JsonProperty("prompt")]
    public Activity? Prompt { get; set; }

    [JsonProperty("retryPrompt")]
    public Activity? RetryPrompt { get; set; }

#pragma warning disable CA2227 // Mirrors Bot Framework: set through object initializers and by the JSON serializer.
    [JsonProperty("choices")]
    public IList<Choice>? Choices { get; set; }
#pragma warning restore CA2227

    [JsonProperty("style")]
    public ListStyle? Style { get; set; }

    /// <summary>Extra data for a custom validator.</summary>
    [JsonProperty("validations")]
    public object? Validations { get; set; }
}
