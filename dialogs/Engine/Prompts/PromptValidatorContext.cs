using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>What a validator sees: the turn, the recognized value, the prompt's options and how many replies it got.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    public PromptOptions Options { get; }

    public IDictionary<string, object?> State { get; }

    /// <summary>1 on the first reply to the prompt.</summary>
    public int AttemptCount => StateValue.ToInt32(State.ValueOrNull(Prompt<T>.AttemptCountKey));
}
