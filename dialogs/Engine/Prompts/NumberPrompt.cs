using System.Globalization;
using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a number; reads full-width digits and the separators of the activity's culture, then the default's.</summary>
public class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null) : Prompt<T>(dialogId, validator)
    where T : struct
{
    public string? DefaultLocale { get; set; } = defaultLocale;

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        SendPromptAsync(turnContext, SelectPrompt(options, isRetry), cancellationToken);

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var culture = ResolveCulture(turnContext.Activity.Locale);
        var result = new PromptRecognizerResult<T>();
        if (NumberText.TryParse(turnContext.Activity.Text, culture, out var number))
        {
            try
            {
                result.Value = (T)Convert.ChangeType(number, typeof(T), CultureInfo.InvariantCulture);
                result.Succeeded = true;
            }
            catch (OverflowException)
            {
                result.Succeeded = false;
            }
        }

        return Task.FromResult(result);
    }

    private CultureInfo ResolveCulture(string? activityLocale)
    {
        foreach (var name in new[] { activityLocale, DefaultLocale })
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                try
                {
                    return CultureInfo.GetCultureInfo(name);
                }
                catch (CultureNotFoundException)
                {
                    // An unknown locale from a channel falls through to the prompt's default.
                }
            }
        }

        return CultureInfo.GetCultureInfo("en-US");
    }
}
