using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Turns.Connectors;

/// <summary>
/// The host's Bot Framework authentication, with the per-turn clients made cheap: CloudAdapter asks for a connector
/// client and a user-token client on every turn, and building either one (Microsoft.Rest's ServiceClient) parses
/// regular expressions for its User-Agent, about a tenth of a turn's CPU under load. Connector clients are reused
/// per identity, serviceUrl and audience (as BotFrameworkAdapter used to); the user-token client, which only OAuth
/// prompts use, is made on its first call. Authentication itself is unchanged.
/// </summary>
public sealed class ClientReusingAuthentication : DelegatingBotFrameworkAuthentication
{
    private readonly ConnectorClientCache _cache;

    public ClientReusingAuthentication(BotFrameworkAuthentication inner, ConnectorClientCache cache)
        : base(inner)
    {
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
    }

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        if (result.ConnectorFactory is not null)
        {
            result.ConnectorFactory = new CachingConnectorFactory(result.ConnectorFactory, _cache, ConnectorClientCache.IdentityKey(result.ClaimsIdentity));
        }

        return result;
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new CachingConnectorFactory(Inner.CreateConnectorFactory(claimsIdentity), _cache, ConnectorClientCache.IdentityKey(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new OnDemandUserTokenClient(ct => Inner.CreateUserTokenClientAsync(claimsIdentity, ct)));
}
