using Microsoft.Bot.Connector.Authentication;
using SupportBot.Bot.Turns.Connectors;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// Direct Line's side of the reply seam: connectors for its serviceUrl (Direct Line turns, and an agent's reply sent
/// later with ContinueConversationAsync) write the bot's replies to the activity log instead of calling out.
/// </summary>
public sealed class DirectLineInProcessChannel : IInProcessChannel
{
    private readonly DirectLineActivityFeed _feed;
    private readonly ILogger _logger;

    public DirectLineInProcessChannel(DirectLineActivityFeed feed, ILogger<DirectLineInProcessChannel> logger)
    {
        _feed = feed;
        _logger = logger;
    }

    public ConnectorFactory WrapConnectorFactory(ConnectorFactory inner) => new DirectLineConnectorFactory(inner, _feed, _logger);
}
