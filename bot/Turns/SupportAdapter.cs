using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Turns.Logging;
using SupportBot.Bot.Turns.Connectors;

namespace SupportBot.Bot.Turns;

/// <summary>
/// The adapter of /api/messages (testers, Azure Bot Service channels; the built-in Direct Line has its own):
/// CloudAdapter with the registered middleware and a turn error handler that keeps conversations usable; its
/// connector clients are reused across turns (<see cref="ClientReusingAuthentication"/>).
/// </summary>
public sealed class SupportAdapter : CloudAdapter
{
    public SupportAdapter(
        BotFrameworkAuthentication authentication,
        ConnectorClientCache connectorClients,
        IEnumerable<Microsoft.Bot.Builder.IMiddleware> middleware,
        TurnErrorHandler errorHandler,
        ILogger<SupportAdapter> logger)
        : base(new ClientReusingAuthentication(authentication, connectorClients), logger)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(errorHandler);
        foreach (var item in middleware)
        {
            Use(item);
        }

        // The pipeline's last stage (TurnErrorMiddleware) is the turn's error boundary; this backstop only sees a
        // failure of the middleware outside it (the turn lock's or the transcript's store).
        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>Authenticates an activity that arrived over HTTP with its Authorization header, then runs the turn.</summary>
    public async Task<InvokeResponse> ProcessIncomingActivityAsync(string? authorizationHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        using (TurnLogScope.Begin(Logger, activity))
        {
            return await ProcessActivityAsync(authorizationHeader, activity, callback, cancellationToken);
        }
    }
}
