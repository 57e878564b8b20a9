using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Explanations;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Turns.Explanations;

/// <summary>
/// Ends each message turn with its <see cref="AnswerTrace"/> (what answered and why). It watches the replies before the
/// reply hold takes them, and its trace is held and committed with the turn like any reply; a failed turn sends none.
/// </summary>
public sealed class AnswerTraceMiddleware(IKnowledgeBase knowledge) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        var trace = AnswerTrace.Watch(turnContext);
        await next(cancellationToken);
        await trace.SendAsync(turnContext, knowledge.Current, cancellationToken);
    }
}
