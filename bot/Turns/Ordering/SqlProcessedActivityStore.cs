using System.Data.Common;
using System.Text.Json;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>Processed activities and their replies in the shared database, so a redelivery to another instance is caught too.</summary>
public sealed class SqlProcessedActivityStore : IProcessedActivityStore
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;

    public SqlProcessedActivityStore(StorageDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    public async Task<ProcessedTurn?> FindAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT replies_json, delivered_at FROM processed_activities WHERE conversation_id = @conversation AND activity_id = @activity",
            ("@conversation", conversationId),
            ("@activity", activityId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var replies = reader.IsDBNull(0) ? [] : JsonSerializer.Deserialize<string[]>(reader.GetString(0)) ?? [];
        // A row from before replies were kept counts as delivered: there is nothing to send again.
        var delivered = !reader.IsDBNull(1) || reader.IsDBNull(0);
        return new ProcessedTurn(replies, delivered);
    }

    public async Task RecordAsync(DbConnection connection, DbTransaction transaction, string conversationId, string activityId, IReadOnlyList<string> replies, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            """
            INSERT INTO processed_activities (conversation_id, activity_id, processed_at, replies_json) VALUES (@conversation, @activity, @now, @replies)
            ON CONFLICT (conversation_id, activity_id) DO NOTHING
            """,
            ("@conversation", conversationId),
            ("@activity", activityId),
            ("@now", _clock.NowMilliseconds()),
            ("@replies", JsonSerializer.Serialize(replies)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task MarkDeliveredAsync(string conversationId, string activityId, bool keepReplies, CancellationToken cancellationToken)
    {
        var now = _clock.NowMilliseconds();
        await _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.Command(
                    transaction,
                    keepReplies
                        ? "UPDATE processed_activities SET delivered_at = @now WHERE conversation_id = @conversation AND activity_id = @activity"
                        : "UPDATE processed_activities SET delivered_at = @now, replies_json = '[]' WHERE conversation_id = @conversation AND activity_id = @activity",
                    ("@conversation", conversationId),
                    ("@activity", activityId),
                    ("@now", now));
                return await command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);
    }

    public async Task<int> DropRepliesOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "UPDATE processed_activities SET replies_json = '[]' WHERE processed_at < @cutoff AND delivered_at IS NOT NULL AND replies_json <> '[]'",
            ("@cutoff", cutoff.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> ForgetOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM processed_activities WHERE processed_at < @cutoff", ("@cutoff", cutoff.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
