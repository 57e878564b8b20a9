using System.Data.Common;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.Tickets;

/// <summary>Tickets in the shared database; the partial unique index makes "one open ticket" hold across instances.</summary>
public sealed class SqlTicketRepository : ITicketRepository
{
    private const string Columns = "id, conversation_id, status, reason, payload_json, created_at, updated_at";

    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;

    public SqlTicketRepository(StorageDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    public async Task<EscalationTicket> CreateOrGetOpenAsync(string conversationId, string reason, string payloadJson, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Loop because the open ticket found by the insert's conflict may be closed before we read it.
        for (var attempt = 0; ; attempt++)
        {
            var now = _clock.NowMilliseconds();
            await using (var insert = connection.Command(
                """
                INSERT INTO escalation_tickets (conversation_id, status, reason, payload_json, created_at, updated_at)
                VALUES (@conversation, 'open', @reason, @payload, @now, @now)
                ON CONFLICT (conversation_id) WHERE status <> 'closed' DO NOTHING
                """,
                ("@conversation", conversationId),
                ("@reason", reason),
                ("@payload", payloadJson),
                ("@now", now)))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var select = connection.Command(
                $"SELECT {Columns} FROM escalation_tickets WHERE conversation_id = @conversation AND status <> 'closed'",
                ("@conversation", conversationId));
            var ticket = (await ReadAllAsync(select, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
            if (ticket is not null || attempt >= 5)
            {
                return ticket ?? throw new InvalidOperationException($"No open ticket could be created for conversation '{conversationId}'.");
            }
        }
    }

    public async Task<EscalationTicket?> GetAsync(long number, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command($"SELECT {Columns} FROM escalation_tickets WHERE id = @id", ("@id", number));
        return (await ReadAllAsync(select, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<EscalationTicket>> ListAsync(TicketStatus? status, int max, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = connection.Command(
            $"SELECT {Columns} FROM escalation_tickets WHERE @status IS NULL OR status = @status ORDER BY id DESC LIMIT @max",
            ("@status", status is null ? null : ToText(status.Value)),
            ("@max", (long)max));
        return await ReadAllAsync(select, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> UpdateStatusAsync(long number, TicketStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var update = connection.Command(
            "UPDATE escalation_tickets SET status = @status, updated_at = @now WHERE id = @id",
            ("@status", ToText(status)),
            ("@now", _clock.NowMilliseconds()),
            ("@id", number));
        return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    private static string ToText(TicketStatus status) => status.ToString().ToLowerInvariant();

    private static async Task<List<EscalationTicket>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var tickets = new List<EscalationTicket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            tickets.Add(new EscalationTicket(
                reader.GetInt64(0),
                reader.GetString(1),
                Enum.Parse<TicketStatus>(reader.GetString(2), ignoreCase: true),
                reader.GetString(3),
                reader.GetString(4),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6))));
        }

        return tickets;
    }
}
