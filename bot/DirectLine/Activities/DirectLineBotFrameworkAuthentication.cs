using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using SupportBot.Bot.Turns.Connectors;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// The host's Bot Framework authentication with one change: connector factories made for in-process turns and
/// proactive sends (<c>CreateConnectorFactory</c>: Direct Line turns, <c>ContinueConversationAsync</c> for an
/// agent's reply later) hand out log-writing clients for the Direct Line serviceUrl. Requests authenticated from
/// /api/messages keep the real factory, so an outside caller cannot write into a Direct Line conversation.
/// </summary>
public sealed class DirectLineBotFrameworkAuthentication : DelegatingBotFrameworkAuthentication
{
    private readonly DirectLineActivityFeed _feed;
    private readonly ILogger _logger;

    public DirectLineBotFrameworkAuthentication(BotFrameworkAuthentication inner, DirectLineActivityFeed feed, ILogger<DirectLineBotFrameworkAuthentication> logger)
        : base(inner)
    {
        _feed = feed;
        _logger = logger;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new DirectLineConnectorFactory(Inner.CreateConnectorFactory(claimsIdentity), _feed, _logger);
}
