using Microsoft.Bot.Builder;
using SupportBot.Bot.Storage.State;

namespace SupportBot.Bot.Turns;

/// <summary>
/// The innermost middleware: hands a failed turn to <see cref="TurnErrorHandler"/> while the turn still holds its
/// conversation's turn lock, so recording the failure cannot race the conversation's next turn. Unreadable stored
/// state is left to the state-recovery middleware, which starts that customer afresh.
/// </summary>
public sealed class TurnErrorMiddleware(TurnErrorHandler errorHandler) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(cancellationToken);
        }
        catch (Exception ex) when (ex is not StoredStateCorruptedException and not OperationCanceledException)
        {
            await errorHandler.HandleAsync(turnContext, ex);
        }
    }
}
