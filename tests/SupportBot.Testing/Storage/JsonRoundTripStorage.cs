using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SupportBot.Testing.Storage;

/// <summary>Keeps each item as JSON without type names and parses it back, as the SQLite and PostgreSQL storages do.</summary>
public sealed class JsonRoundTripStorage : IStorage
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
    };

    private readonly Dictionary<string, string> _items = [];

    public IReadOnlyDictionary<string, string> Json => _items;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var json))
            {
                found[key] = JObject.Parse(json);
            }
        }

        return Task.FromResult<IDictionary<string, object>>(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = JsonConvert.SerializeObject(value, Settings);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.Remove(key);
        }

        return Task.CompletedTask;
    }
}
