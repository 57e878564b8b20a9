using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Tests.DirectLine.TestSupport;

/// <summary>Answers every message the way the recognizer developer's bot does: a recognizer trace, then a reply.</summary>
public sealed class TraceThenReplyBot : IBot
{
    public const string TraceName = "OfflineRecognizer";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        var trace = Activity.CreateTraceActivity(TraceName, "https://www.luis.ai/schemas/trace", new { intents = new { cancel_order = new { score = 0.9 } } }, "Recognizer result");
        await turnContext.SendActivityAsync(trace, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text("reply:" + turnContext.Activity.Text), cancellationToken);
    }
}
