using SupportBot.Bot.Activities;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.Pii;

namespace SupportBot.Bot.Turns.Transcripts;

/// <summary>Transcripts in the shared database; masking happens here so no caller can store raw PII.</summary>
public sealed class SqlTranscriptRepository : ITranscriptRepository
{
    private readonly StorageDatabase _database;
    private readonly PiiMasker _masker;

    public SqlTranscriptRepository(StorageDatabase database, PiiMasker masker)
    {
        _database = database;
        _masker = masker;
    }

    public async Task AppendRangeAsync(ConversationKey conversation, IReadOnlyList<UnmaskedTranscriptLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return;
        }

        // Masked before the write is queued: the write lock is held for the inserts only.
        var masked = lines.Select(line => Mask(line.ActivityJson)).ToList();
        await _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.Command(
                    transaction,
                    "INSERT INTO transcripts (channel_id, conversation_id, activity_id, recorded_at, activity_json) VALUES (@channel, @conversation, @activity, @at, @json)",
                    ("@channel", conversation.ChannelId),
                    ("@conversation", conversation.ConversationId),
                    ("@activity", null),
                    ("@at", 0L),
                    ("@json", string.Empty));
                for (var i = 0; i < lines.Count; i++)
                {
                    // One statement, prepared once, executed per line with new values.
                    command.Parameters["@activity"].Value = (object?)lines[i].ActivityId ?? DBNull.Value;
                    command.Parameters["@at"].Value = lines[i].RecordedAt.ToUnixTimeMilliseconds();
                    command.Parameters["@json"].Value = masked[i];
                    await command.ExecuteNonQueryAsync(ct);
                }

                return lines.Count;
            },
            cancellationToken);
    }

    private string Mask(string activityJson) => PiiMaskingJson.MaskJson(activityJson, _masker);

    public async Task<IReadOnlyList<TranscriptEntry>> ReadAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        var entries = new List<TranscriptEntry>();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT seq, activity_id, recorded_at, activity_json FROM transcripts WHERE channel_id = @channel AND conversation_id = @conversation ORDER BY seq",
            ("@channel", conversation.ChannelId),
            ("@conversation", conversation.ConversationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new TranscriptEntry(
                reader.GetInt64(0),
                conversation.ConversationId,
                await reader.IsDBNullAsync(1, cancellationToken) ? null : reader.GetString(1),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                reader.GetString(3)));
        }

        return entries;
    }

    public async Task<IReadOnlyList<TranscriptEntry>> ReadConversationsStartedAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var entries = new List<TranscriptEntry>();
        await using var connection = await _database.OpenAsync(cancellationToken);
        // Candidates come from the recorded_at index; a conversation with an earlier entry started before the period.
        await using var command = connection.Command(
            """
            SELECT t.seq, t.conversation_id, t.activity_id, t.recorded_at, t.activity_json
            FROM transcripts t
            WHERE t.conversation_id IN (
                SELECT DISTINCT c.conversation_id FROM transcripts c
                WHERE c.recorded_at >= @from AND c.recorded_at < @to
                  AND NOT EXISTS (SELECT 1 FROM transcripts p WHERE p.conversation_id = c.conversation_id AND p.recorded_at < @from))
            ORDER BY t.conversation_id, t.seq
            """,
            ("@from", since.ToUnixTimeMilliseconds()),
            ("@to", until.ToUnixTimeMilliseconds()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new TranscriptEntry(
                reader.GetInt64(0),
                reader.GetString(1),
                await reader.IsDBNullAsync(2, cancellationToken) ? null : reader.GetString(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                reader.GetString(4)));
        }

        return entries;
    }

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM transcripts WHERE recorded_at < @cutoff", ("@cutoff", cutoff.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
