using Microsoft.Bot.Builder;

namespace SupportBot.Understanding;

/// <summary>
/// Recognizes what a customer's message asks for. The offline recognizer is the default; the CLU recognizer
/// is used when configured and falls back to the offline one. Intent names are <see cref="SupportIntents"/>,
/// entity keys <see cref="SupportEntities"/>; a trace activity shows the raw result in the Emulator.
/// </summary>
public interface IIntentRecognizer
{
    Task<RecognizerResult> RecognizeAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
