using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Turns.Ordering;

/// <summary>Processed activity ids in the shared database, so a redelivery to another instance is caught too.</summary>
public sealed class SqlProcessedActivityStore : IProcessedActivityStore
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;

    public SqlProcessedActivityStore(StorageDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    public async Task<bool> WasProcessedAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT 1 FROM processed_activities WHERE conversation_id = @conversation AND activity_id = @activity",
            ("@conversation", conversationId),
            ("@activity", activityId));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    public async Task MarkProcessedAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var now = _clock.NowMilliseconds();
        await _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.Command(
                    transaction,
                    """
                    INSERT INTO processed_activities (conversation_id, activity_id, processed_at) VALUES (@conversation, @activity, @now)
                    ON CONFLICT (conversation_id, activity_id) DO NOTHING
                    """,
                    ("@conversation", conversationId),
                    ("@activity", activityId),
                    ("@now", now));
                return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> ForgetOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("DELETE FROM processed_activities WHERE processed_at < @cutoff", ("@cutoff", cutoff.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
