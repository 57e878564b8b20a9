using Microsoft.Bot.Builder;

namespace SupportBot.Bot.Turns.Recovery;

/// <summary>
/// Tells a customer that their conversation had to start over because its stored state was unreadable.
/// The host implements it with the apology text from the knowledge files (system.state_reset_apology).
/// </summary>
public interface IStateResetResponder
{
    Task OnStateResetAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
