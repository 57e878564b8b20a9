using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;

namespace SupportBot.Bot.Turns.Connectors;

/// <summary>
/// Connector clients shared by the turns of the host, one per identity, serviceUrl and audience, renewed after
/// <see cref="Lifetime"/> so the pooled HTTP handlers under them still rotate (DNS changes are picked up). An
/// expired client is dropped, not disposed: a turn may still be sending with it, and its handler belongs to the
/// HTTP client factory. Bounded: without an app id any caller picks the serviceUrl, so past
/// <see cref="Capacity"/> entries a client is made for the turn alone.
/// </summary>
public sealed class ConnectorClientCache
{
    public const int Capacity = 256;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<(string Identity, string ServiceUrl, string Audience), Entry> _clients = new();
    private readonly TimeProvider _clock;

    public ConnectorClientCache(TimeProvider clock)
    {
        _clock = clock;
    }

    public int Count => _clients.Count;

    /// <summary>The claims that decide which credentials a connector factory uses: audience, app id, authorized party.</summary>
    public static string IdentityKey(ClaimsIdentity? identity) =>
        identity is null
            ? string.Empty
            : string.Join('|', identity.FindFirst("aud")?.Value, identity.FindFirst("appid")?.Value, identity.FindFirst("azp")?.Value);

    /// <summary>The shared client for the key, made once by <paramref name="create"/>; null when the cache is full.</summary>
    public Task<IConnectorClient>? GetOrCreate(string identity, string serviceUrl, string audience, Func<Task<IConnectorClient>> create)
    {
        var key = (identity, serviceUrl, audience);
        var now = _clock.GetUtcNow();
        if (_clients.TryGetValue(key, out var entry) && entry.ExpiresAt <= now)
        {
            _clients.TryRemove(new KeyValuePair<(string, string, string), Entry>(key, entry));
            entry = null;
        }

        if (entry is null)
        {
            if (_clients.Count >= Capacity)
            {
                return null;
            }

            entry = _clients.GetOrAdd(key, _ => new Entry(new Lazy<Task<IConnectorClient>>(create), now + Lifetime));
        }

        var task = entry.Client.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            // A failed creation is not remembered: the next turn tries again.
            _clients.TryRemove(new KeyValuePair<(string, string, string), Entry>(key, entry));
        }

        return task;
    }

    private sealed record Entry(Lazy<Task<IConnectorClient>> Client, DateTimeOffset ExpiresAt);
}
