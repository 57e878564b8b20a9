using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Recognition;

/// <summary>
/// Understands nothing: the dialogs then work from buttons and their own word lists. Registered only when no real
/// recognizer is, so the host always starts.
/// </summary>
public sealed class NoIntentRecognizer : IIntentRecognizer
{
    public Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new RecognizerResult { Text = turnContext.Activity.Text };
        result.Intents[SupportIntents.None] = new IntentScore { Score = 1.0 };
        return Task.FromResult(result);
    }
}
