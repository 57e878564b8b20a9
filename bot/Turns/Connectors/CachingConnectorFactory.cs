using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace SupportBot.Bot.Turns.Connectors;

/// <summary>Hands out the shared connector client for a serviceUrl, wrapped so the adapter's end-of-turn dispose keeps it.</summary>
public sealed class CachingConnectorFactory : ConnectorFactory
{
    private readonly ConnectorFactory _inner;
    private readonly ConnectorClientCache _cache;
    private readonly string _identity;

    public CachingConnectorFactory(ConnectorFactory inner, ConnectorClientCache cache, string identity)
    {
        _inner = inner;
        _cache = cache;
        _identity = identity;
    }

    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default)
    {
        var shared = _cache.GetOrCreate(_identity, serviceUrl ?? string.Empty, audience ?? string.Empty, () => _inner.CreateAsync(serviceUrl, audience, CancellationToken.None));
        if (shared is null)
        {
            return await _inner.CreateAsync(serviceUrl, audience, cancellationToken);
        }

        return new SharedConnectorClient(await shared.WaitAsync(cancellationToken));
    }
}
