using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question; understands colloquial Japanese and English, and the button numbers.</summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null) : Prompt<bool>(dialogId, validator)
{
    public string? DefaultLocale { get; set; } = defaultLocale;

    public ListStyle Style { get; set; } = ListStyle.Auto;

    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>Overrides the locale's default buttons (ja: はい/いいえ, en: Yes/No).</summary>
    public (Choice Yes, Choice No)? ConfirmChoices { get; set; }

    /// <summary>The engine's default buttons per locale, as the official engine keeps them.</summary>
    public static (Choice Yes, Choice No) DefaultChoices(string? locale) =>
        IsJapanese(locale) ? (new Choice("はい"), new Choice("いいえ")) : (new Choice("Yes"), new Choice("No"));

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = Locale(turnContext);
        var (yes, no) = ConfirmChoices ?? DefaultChoices(locale);
        var prompt = SelectPrompt(options, isRetry);
        var activity = AppendChoices(prompt, turnContext.Activity.ChannelId, [yes, no], options.Style ?? Style, ChoiceOptions ?? ChoiceFactoryOptions.ForLocale(locale));
        return SendPromptAsync(turnContext, activity, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        var result = new PromptRecognizerResult<bool>();
        var (yes, no) = ConfirmChoices ?? DefaultChoices(Locale(turnContext));

        // The buttons' own labels and numbers ("1", "2番目") first, so overridden labels always work.
        var found = ChoiceRecognizers.RecognizeChoices(text, [yes, no]);
        if (found.Count > 0 && found[0].Score >= 1.0f)
        {
            result.Succeeded = true;
            result.Value = found[0].Index == 0;
        }
        else if (ConfirmRecognizer.Recognize(text) is { } value)
        {
            result.Succeeded = true;
            result.Value = value;
        }

        return Task.FromResult(result);
    }

    private string? Locale(ITurnContext turnContext) =>
        string.IsNullOrWhiteSpace(turnContext.Activity.Locale) ? DefaultLocale : turnContext.Activity.Locale;

    private static bool IsJapanese(string? locale) =>
        locale is not null && locale.StartsWith("ja", StringComparison.OrdinalIgnoreCase);
}
