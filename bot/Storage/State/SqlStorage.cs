using System.Data.Common;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.State;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on SQLite or PostgreSQL. Follows MemoryStorage's contract: a write of an
/// <see cref="IStoreItem"/> whose ETag is stale fails, "*" or no ETag overwrites, reads hand back the ETag.
/// Inside a turn's <see cref="StateWriteScope"/> writes are held for the turn's commit, and reads see them.
/// </summary>
public sealed class SqlStorage : IStorage
{
    private const string UpsertSql = """
        INSERT INTO bot_state (key, json, etag, updated_at) VALUES (@key, @json, @etag, @now)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at
        WHERE @expected IS NULL OR @expected = '*' OR bot_state.etag = @expected
        """;

    private readonly StorageDatabase _database;
    private readonly ILogger<SqlStorage> _logger;
    private readonly TimeProvider _clock;

    public SqlStorage(StorageDatabase database, ILogger<SqlStorage> logger, TimeProvider? clock = null)
    {
        _database = database;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var items = new Dictionary<string, object>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return items;
        }

        var rows = new List<(string Key, string Json, string ETag)>();
        var scope = StateWriteScope.Current;
        var unheld = new List<string>();
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            if (scope is not null && scope.TryGet(key, out var held))
            {
                if (held.Json is not null)
                {
                    rows.Add((key, held.Json, held.ExpectedETag ?? "*"));
                }
            }
            else
            {
                unheld.Add(key);
            }
        }

        await using (var connection = await _database.OpenAsync(cancellationToken))
        {
            foreach (var key in unheld)
            {
                await using var command = connection.Command("SELECT json, etag FROM bot_state WHERE key = @key", ("@key", key));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((key, reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        foreach (var (key, json, etag) in rows)
        {
            items[key] = await DeserializeOrDiscardAsync(key, json, etag, cancellationToken);
        }

        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        // Serialized when written: the shared writer (or the turn's commit) only runs the statements.
        var rows = changes
            .Select(change => new PendingStateRow(
                change.Key,
                StateJsonSerializer.Serialize(change.Value),
                change.Value is IStoreItem item && !string.IsNullOrEmpty(item.ETag) ? item.ETag : null))
            .ToList();
        if (StateWriteScope.Current is { } scope)
        {
            rows.ForEach(scope.Hold);
            return;
        }

        var now = _clock.NowMilliseconds();
        await _database.WriteAsync((connection, transaction, ct) => WriteRowsAsync(connection, transaction, rows, now, ct), cancellationToken);
    }

    /// <summary>Writes (or, for a null JSON, deletes) the rows in the caller's transaction; a stale ETag fails them all.</summary>
    internal static async Task<int> WriteRowsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PendingStateRow> rows, long now, CancellationToken cancellationToken)
    {
        foreach (var (key, json, expected) in rows)
        {
            if (json is null)
            {
                await using var delete = connection.Command(transaction, "DELETE FROM bot_state WHERE key = @key", ("@key", key));
                await delete.ExecuteNonQueryAsync(cancellationToken);
                continue;
            }

            await using var command = connection.Command(
                transaction,
                UpsertSql,
                ("@key", key),
                ("@json", json),
                ("@etag", Guid.NewGuid().ToString("N")),
                ("@now", now),
                ("@expected", expected));
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                // All keys of this call are rolled back together.
                throw new StorageETagConflictException(key, expected!);
            }
        }

        return rows.Count;
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (StateWriteScope.Current is { } scope)
        {
            foreach (var key in keys)
            {
                scope.Hold(new PendingStateRow(key, null, null));
            }

            return;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        foreach (var key in keys)
        {
            await using var command = connection.Command("DELETE FROM bot_state WHERE key = @key", ("@key", key));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<object> DeserializeOrDiscardAsync(string key, string json, string etag, CancellationToken cancellationToken)
    {
        try
        {
            var value = StateJsonSerializer.Deserialize(json)
                ?? throw new JsonSerializationException("Stored state is the JSON literal null.");
            if (value is IStoreItem item)
            {
                item.ETag = etag;
            }

            return value;
        }
        catch (JsonException ex)
        {
            // Only this key is dropped, and only if nobody rewrote it meanwhile: other conversations never notice.
            StorageLog.CorruptedState(_logger, ex, key);
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var delete = connection.Command("DELETE FROM bot_state WHERE key = @key AND etag = @etag", ("@key", key), ("@etag", etag));
            var deleted = await delete.ExecuteNonQueryAsync(cancellationToken) > 0;
            throw new StoredStateCorruptedException(key, ex, deleted);
        }
    }
}
