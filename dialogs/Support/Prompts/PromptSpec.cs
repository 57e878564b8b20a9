using Newtonsoft.Json;
using SupportBot.Dialogs.Engine.Prompts;

namespace SupportBot.Dialogs.Prompts;

/// <summary>
/// What a support prompt asks, kept in PromptOptions.Validations: the message key of the question and how many
/// misunderstood replies came before it. Texts are looked up when sent, so state stays small and follows the language.
/// </summary>
public sealed class PromptSpec
{
    public PromptSpec()
    {
    }

    public PromptSpec(string questionKey, int previousMisses = 0)
    {
        QuestionKey = questionKey;
        PreviousMisses = previousMisses;
    }

    /// <summary>Options that start a support prompt asking the question of <paramref name="questionKey"/>.</summary>
    public static PromptOptions Ask(string questionKey, int previousMisses = 0) =>
        new() { Validations = new PromptSpec(questionKey, previousMisses) };

    [JsonProperty("q")]
    public string QuestionKey { get; set; } = string.Empty;

    [JsonProperty("m", DefaultValueHandling = DefaultValueHandling.Ignore)]
    public int PreviousMisses { get; set; }
}
