using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Turns.Connectors;

/// <summary>
/// The host's Bot Framework authentication with the per-turn clients made cheap: connector clients are reused per
/// identity, serviceUrl and audience, and the user-token client (OAuth prompts only) is made on first use, because
/// building either costs more than the rest of a turn's plumbing (bench/README.md). Authentication is unchanged.
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
        var result = await Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken);
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
