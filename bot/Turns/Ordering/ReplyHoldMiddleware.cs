using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>
/// Innermost stage: every reply of the turn, the error boundary's apology included, is held in the turn's
/// <see cref="HeldReplies"/> until <see cref="TurnOrderingMiddleware"/> has committed it with the turn. Being the
/// last send handler, it holds activities the transcript has already seen.
/// </summary>
public sealed class ReplyHoldMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.TurnState.Get<HeldReplies>() is { } held)
        {
            turnContext.OnSendActivities(held.OnSendAsync);
        }

        return next(cancellationToken);
    }
}
