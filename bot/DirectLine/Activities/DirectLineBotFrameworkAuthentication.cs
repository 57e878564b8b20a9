using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.DirectLine.Activities;

/// <summary>
/// The host's Bot Framework authentication with one change: connector factories made for in-process turns and
/// proactive sends (<c>CreateConnectorFactory</c>: Direct Line turns, <c>ContinueConversationAsync</c> for an
/// agent's reply later) hand out log-writing clients for the Direct Line serviceUrl. Requests authenticated from
/// /api/messages keep the real factory, so an outside caller cannot write into a Direct Line conversation.
/// </summary>
public sealed class DirectLineBotFrameworkAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner;
    private readonly DirectLineActivityFeed _feed;
    private readonly ILogger _logger;

    public DirectLineBotFrameworkAuthentication(BotFrameworkAuthentication inner, DirectLineActivityFeed feed, ILogger<DirectLineBotFrameworkAuthentication> logger)
    {
        _inner = inner;
        _feed = feed;
        _logger = logger;
    }

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new DirectLineConnectorFactory(_inner.CreateConnectorFactory(claimsIdentity), _feed, _logger);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
}
