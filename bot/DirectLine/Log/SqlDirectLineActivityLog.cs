using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.DirectLine.Log;

/// <summary>
/// Bumps a per-conversation counter row by the number of activities and inserts them in one transaction: the
/// counter's row lock orders concurrent appends, and a rollback takes the numbers back, so numbers stay gap-free. On PostgreSQL the
/// insert also NOTIFYs the conversation id (Notifications/PostgresAppendListener).
/// </summary>
public sealed class SqlDirectLineActivityLog : IDirectLineActivityLog
{
    /// <summary>The PostgreSQL channel each append NOTIFYs (Notifications/PostgresAppendListener listens to it).</summary>
    public const string NotifyChannel = "supportbot_directline";

    private const string InsertActivity =
        "INSERT INTO directline_activities (conversation_id, seq, activity_json, created_at, client_key) VALUES (@conversation, @seq, @json, @now, @client)";

    // PostgreSQL also announces the append to every instance's listener, in the same statement; NOTIFY is sent at commit.
    private const string InsertAndNotify =
        "WITH inserted AS (" + InsertActivity + " RETURNING seq) SELECT pg_notify('" + NotifyChannel + "', @conversation) FROM inserted";

    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;
    private readonly string _insertSql;

    public SqlDirectLineActivityLog(StorageDatabase database, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _clock = clock;
        _insertSql = database.Provider == StorageProvider.Postgres ? InsertAndNotify : InsertActivity;
    }

    public Task<long> AppendAsync(string conversationId, string activityJson, CancellationToken cancellationToken) =>
        AppendRangeAsync(conversationId, [activityJson], cancellationToken);

    public async Task<long> AppendRangeAsync(string conversationId, IReadOnlyList<string> activityJsons, CancellationToken cancellationToken) =>
        (await AppendAsync(conversationId, null, activityJsons, long.MaxValue, cancellationToken)).First;

    public Task<LogAppend> AppendPostedAsync(string conversationId, string clientKey, IReadOnlyList<string> activityJsons, long maxActivities, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientKey);
        return AppendAsync(conversationId, clientKey, activityJsons, maxActivities, cancellationToken);
    }

    public async Task<IReadOnlyList<(string ConversationId, string ActivityJson)>> ReadRecentAsync(DateTimeOffset since, int max, CancellationToken cancellationToken)
    {
        var rows = new List<(string, string)>();
        await using var connection = await _database.OpenAsync(cancellationToken);
        // Only posted activities carry a client key; the bot's own never do.
        await using var command = connection.Command(
            "SELECT conversation_id, activity_json FROM directline_activities WHERE created_at >= @since AND client_key IS NOT NULL ORDER BY created_at, conversation_id, seq LIMIT @max",
            ("@since", since.ToUnixTimeMilliseconds()),
            ("@max", max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    private async Task<LogAppend> AppendAsync(string conversationId, string? clientKey, IReadOnlyList<string> activityJsons, long maxActivities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityJsons);
        ArgumentOutOfRangeException.ThrowIfZero(activityJsons.Count);
        var now = _clock.NowMilliseconds();
        long count = activityJsons.Count;
        return await _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                long last;
                await using (var bump = connection.Command(
                    transaction,
                    """
                    INSERT INTO directline_conversations (conversation_id, last_seq) VALUES (@conversation, @count)
                    ON CONFLICT (conversation_id) DO UPDATE SET last_seq = directline_conversations.last_seq + @count
                    RETURNING last_seq
                    """,
                    ("@conversation", conversationId),
                    ("@count", count)))
                {
                    last = Convert.ToInt64(await bump.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
                }

                // Checked after the bump: its row lock orders this against a concurrent post of the same activity.
                var earlier = clientKey is null ? null : await RepeatOfAsync(connection, transaction, conversationId, clientKey, ct);
                var full = earlier is null && last - count >= maxActivities;
                if (earlier is not null || full)
                {
                    await using var undo = connection.Command(
                        transaction,
                        "UPDATE directline_conversations SET last_seq = last_seq - @count WHERE conversation_id = @conversation",
                        ("@conversation", conversationId),
                        ("@count", count));
                    await undo.ExecuteNonQueryAsync(ct);
                    return new LogAppend(0, earlier, full);
                }

                var first = last - count + 1;
                for (var i = 0; i < activityJsons.Count; i++)
                {
                    await using var insert = connection.Command(
                        transaction,
                        _insertSql,
                        ("@conversation", conversationId),
                        ("@seq", first + i),
                        ("@json", activityJsons[i]),
                        ("@now", now),
                        ("@client", i == 0 ? clientKey : null));
                    await insert.ExecuteNonQueryAsync(ct);
                }

                return new LogAppend(first, null);
            },
            cancellationToken);
    }

    private static async Task<string?> RepeatOfAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string conversationId, string clientKey, CancellationToken cancellationToken)
    {
        await using var find = connection.Command(
            transaction,
            "SELECT activity_json FROM directline_activities WHERE conversation_id = @conversation AND client_key = @client",
            ("@conversation", conversationId),
            ("@client", clientKey));
        return await find.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<LoggedActivity>> ReadAfterAsync(string conversationId, long watermark, int max, int maxBytes, CancellationToken cancellationToken)
    {
        var activities = new List<LoggedActivity>();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
            "SELECT seq, activity_json FROM directline_activities WHERE conversation_id = @conversation AND seq > @watermark ORDER BY seq LIMIT @max",
            ("@conversation", conversationId),
            ("@watermark", watermark),
            ("@max", (long)max));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var bytes = 0L;
        while (bytes < maxBytes && await reader.ReadAsync(cancellationToken))
        {
            var json = reader.GetString(1);
            bytes += System.Text.Encoding.UTF8.GetByteCount(json);
            activities.Add(new LoggedActivity(reader.GetInt64(0), json));
        }

        return activities;
    }

    public async Task<int> DeleteConversationsIdleSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        // Whole conversations only: a partly deleted log would renumber nothing but would replay a history with a hole.
        return await _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                const string Idle = "SELECT conversation_id FROM directline_activities GROUP BY conversation_id HAVING MAX(created_at) < @cutoff";
                int deleted;
                await using (var activities = connection.Command(
                    transaction,
                    $"DELETE FROM directline_activities WHERE conversation_id IN ({Idle})",
                    ("@cutoff", cutoff.ToUnixTimeMilliseconds())))
                {
                    deleted = await activities.ExecuteNonQueryAsync(ct);
                }

                await using (var conversations = connection.Command(
                    transaction,
                    "DELETE FROM directline_conversations WHERE conversation_id NOT IN (SELECT DISTINCT conversation_id FROM directline_activities)"))
                {
                    await conversations.ExecuteNonQueryAsync(ct);
                }

                return deleted;
            },
            cancellationToken);
    }
}
