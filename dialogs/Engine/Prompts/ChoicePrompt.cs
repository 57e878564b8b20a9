using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>Asks the user to pick one of PromptOptions.Choices; returns the <see cref="FoundChoice"/>.</summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null) : Prompt<FoundChoice>(dialogId, validator)
{
    public string? DefaultLocale { get; set; } = defaultLocale;

    public ListStyle Style { get; set; } = ListStyle.Auto;

    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = string.IsNullOrWhiteSpace(turnContext.Activity.Locale) ? DefaultLocale : turnContext.Activity.Locale;
        var prompt = SelectPrompt(options, isRetry);
        var activity = AppendChoices(prompt, turnContext.Activity.ChannelId, options.Choices ?? [], options.Style ?? Style, ChoiceOptions ?? ChoiceFactoryOptions.ForLocale(locale));
        return SendPromptAsync(turnContext, activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizers.RecognizeChoices(turnContext.Activity.Text, options.Choices ?? []);
        return Task.FromResult(found.Count > 0
            ? new PromptRecognizerResult<FoundChoice> { Succeeded = true, Value = found[0] }
            : new PromptRecognizerResult<FoundChoice>());
    }
}
