using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Bot.Turns;

/// <summary>
/// The one adapter every channel goes through (/api/messages and the built-in Direct Line channel):
/// CloudAdapter with the registered middleware and a turn error handler that keeps conversations usable.
/// </summary>
public sealed class SupportAdapter : CloudAdapter
{
    public SupportAdapter(
        BotFrameworkAuthentication authentication,
        IEnumerable<IMiddleware> middleware,
        TurnErrorHandler errorHandler,
        ILogger<SupportAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(errorHandler);
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }
}
