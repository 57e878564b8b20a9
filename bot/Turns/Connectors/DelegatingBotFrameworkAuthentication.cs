using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Turns.Connectors;

/// <summary>A Bot Framework authentication that passes everything to another; decorators override what they change.</summary>
public abstract class DelegatingBotFrameworkAuthentication : BotFrameworkAuthentication
{
    protected DelegatingBotFrameworkAuthentication(BotFrameworkAuthentication inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Inner = inner;
    }

    protected BotFrameworkAuthentication Inner { get; }

    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => Inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => Inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => Inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        Inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);
}
