using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Explanations;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Turns.Explanations;

/// <summary>
/// Ends each message turn with its <see cref="AnswerTrace"/> (what answered and why). It watches the replies before the
/// reply hold takes them, and its trace is held and committed with the turn like any reply; a failed turn sends none.
/// Only on the emulator channel: the Bot Framework adapter sends traces to no other, so elsewhere it would be work
/// (a ranking, a serialization, a stored reply) for nobody.
/// </summary>
public sealed class AnswerTraceMiddleware(IKnowledgeBase knowledge) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type != ActivityTypes.Message || turnContext.Activity.ChannelId != Channels.Emulator)
        {
            await next(cancellationToken);
            return;
        }

        var trace = AnswerTrace.Watch(turnContext);
        await next(cancellationToken);
        await trace.SendAsync(turnContext, knowledge.Current, cancellationToken);
    }
}
