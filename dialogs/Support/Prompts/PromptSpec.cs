using Newtonsoft.Json;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Knowledge;

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

    public PromptSpec(MessageKey question, int previousMisses = 0)
    {
        ArgumentNullException.ThrowIfNull(question);
        QuestionKey = question.Name;
        PreviousMisses = previousMisses;
    }

    /// <summary>Options that start a support prompt asking the <paramref name="question"/>.</summary>
    public static PromptOptions Ask(MessageKey question, int previousMisses = 0) =>
        new() { Validations = new PromptSpec(question, previousMisses) };

    /// <summary>The declared key of the question (state keeps its name).</summary>
    [JsonIgnore]
    public MessageKey Question => MessageKeys.Find(QuestionKey);

    [JsonProperty("q")]
    public string QuestionKey { get; set; } = string.Empty;

    [JsonProperty("m", DefaultValueHandling = DefaultValueHandling.Ignore)]
    public int PreviousMisses { get; set; }
}
