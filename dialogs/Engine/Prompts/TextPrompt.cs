using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text; any message with text is a success.</summary>
public class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default) =>
        SendPromptAsync(turnContext, SelectPrompt(options, isRetry), cancellationToken);

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var text = activity.Type == ActivityTypes.Message ? activity.Text : null;
        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = text is not null, Value = text });
    }
}
