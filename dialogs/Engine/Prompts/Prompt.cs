using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>Asks a question, recognizes the reply as T, validates it and asks again until it is valid.</summary>
public abstract class Prompt<T> : Dialog
{
    public const string AttemptCountKey = "AttemptCount";
    public const string PersistedOptions = "options";
    public const string PersistedState = "state";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions
            ?? throw new ArgumentException($"Prompt '{Id}' must be started with PromptOptions.", nameof(options));

        var instanceState = dc.ActiveDialog!.State;
        instanceState[PersistedOptions] = promptOptions;
        var state = new Dictionary<string, object?> { [AttemptCountKey] = 0 };
        instanceState[PersistedState] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var state = StateValue.GetDictionary(instance.State, PersistedState);
        var options = ReadOptions(instance);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        state[AttemptCountKey] = StateValue.ToInt32(state.ValueOrNull(AttemptCountKey)) + 1;

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken).ConfigureAwait(false);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        // A validator that already explained the problem this turn must not be followed by a second question.
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog this prompt started ended: ask again rather than end with its result.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = StateValue.GetDictionary(instance.State, PersistedState);
        await OnPromptAsync(turnContext, state, ReadOptions(instance), false, cancellationToken).ConfigureAwait(false);
    }

    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default);

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>The activity to send: the retry prompt on a retry when there is one, a copy so sending never alters the stored options.</summary>
    protected static Activity? SelectPrompt(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        return source is null ? null : JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(source));
    }

    /// <summary>The prompt text with the choices rendered in the given style.</summary>
    protected static IMessageActivity AppendChoices(IMessageActivity? prompt, string? channelId, IList<Choice> choices, ListStyle style, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = prompt?.Text;
        var speak = prompt?.Speak;
        var rendered = style switch
        {
            ListStyle.Inline => ChoiceFactory.Inline(choices, text, speak, options),
            ListStyle.List => ChoiceFactory.List(choices, text, speak, options),
            ListStyle.SuggestedAction => ChoiceFactory.SuggestedAction(choices, text, speak),
            ListStyle.HeroCard => ChoiceFactory.HeroCard(choices, text, speak),
            ListStyle.None => MessageFactory.Text(text, speak, InputHints.ExpectingInput),
            _ => ChoiceFactory.ForChannel(channelId, choices, text, speak, options),
        };

        if (prompt is null)
        {
            return rendered;
        }

        // Keep what the caller put on the prompt (attachments, channel data) and add the rendered choices.
        prompt.Text = rendered.Text;
        prompt.Speak = rendered.Speak;
        prompt.InputHint = rendered.InputHint;
        if (rendered.SuggestedActions is not null)
        {
            prompt.SuggestedActions = rendered.SuggestedActions;
        }

        if (rendered.Attachments is { Count: > 0 })
        {
            prompt.Attachments = [.. prompt.Attachments ?? [], .. rendered.Attachments];
        }

        return prompt;
    }

    protected static async Task SendPromptAsync(ITurnContext turnContext, IMessageActivity? activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (activity is null)
        {
            return;
        }

        // MessageFactory.Text defaults to acceptingInput; a prompt waits for the answer, so it says so.
        if (string.IsNullOrEmpty(activity.InputHint) || activity.InputHint == InputHints.AcceptingInput)
        {
            activity.InputHint = InputHints.ExpectingInput;
        }

        await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        StateValue.GetTyped<PromptOptions>(instance.State, PersistedOptions) ?? new PromptOptions();
}
