using Polly;
using Polly.Retry;
using System.Data.Common;
using SupportBot.Bot.Activities;
using SupportBot.Bot.Escalation.Metrics;
using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>
/// Escalation tickets and their live-chat messages (escalation_tickets, escalation_messages); the partial unique
/// index on (channel_id, conversation_id) keeps one open ticket per conversation across instances.
/// </summary>
public sealed class SqlEscalationStore : IEscalationStore
{
    private const string Columns =
        "id, conversation_id, status, reason, payload_json, assigned_to, resolution, webhook_status, created_at, updated_at";

    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;

    public SqlEscalationStore(StorageDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    public async Task<OpenedTicket> OpenAsync(ConversationKey conversation, string reason, TicketPayload payload, string referenceJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        await using var connection = await _database.OpenAsync(cancellationToken);
        var number = await CreateOrGetOpenAsync(connection, conversation, reason, payload.ToJson(), cancellationToken);

        // Whoever stores the reference first created the ticket: a second escalation (or a duplicate) finds it set.
        await using var claim = connection.Command(
            "UPDATE escalation_tickets SET reference_json = @reference WHERE id = @id AND reference_json IS NULL",
            ("@reference", referenceJson),
            ("@id", number));
        var created = await claim.ExecuteNonQueryAsync(cancellationToken) > 0;
        var view = await GetAsync(connection, number, cancellationToken);
        return new OpenedTicket(view ?? throw new InvalidOperationException("The ticket vanished after it was opened."), created);
    }

    public async Task<TicketView?> GetAsync(long number, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await GetAsync(connection, number, cancellationToken);
    }

    public async Task<string?> GetReferenceAsync(long number, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.Command("SELECT reference_json FROM escalation_tickets WHERE id = @id", ("@id", number));
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<IReadOnlyList<TicketView>> ListAsync(string? reason, TicketState? state, int max, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
            $"""
            SELECT {Columns} FROM escalation_tickets
            WHERE (@reason IS NULL OR reason = @reason) AND (@status IS NULL OR status = @status)
            ORDER BY CASE WHEN status = 'closed' THEN 1 ELSE 0 END, CASE WHEN status = 'closed' THEN -id ELSE id END
            LIMIT @max
            """,
            ("@reason", reason),
            ("@status", state is null ? null : StoredStatus(state.Value)),
            ("@max", (long)max));
        return await ReadTicketsAsync(select, cancellationToken);
    }

    public async Task<long> CountQueuedAheadAsync(long number, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var count = connection.Command("SELECT COUNT(*) FROM escalation_tickets WHERE status = 'open' AND id < @id", ("@id", number));
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> TransferAsync(long number, string fromAgent, string toAgent, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = connection.Command(
            "UPDATE escalation_tickets SET assigned_to = @to, updated_at = @now WHERE id = @id AND status = 'assigned' AND assigned_to = @from",
            ("@to", toAgent),
            ("@from", fromAgent),
            ("@now", _clock.NowMilliseconds()),
            ("@id", number));
        return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<bool> TryAssignAsync(long number, string agent, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = connection.Command(
            """
            UPDATE escalation_tickets SET status = 'assigned', assigned_to = @agent, updated_at = @now
            WHERE id = @id AND (status = 'open' OR (status = 'assigned' AND assigned_to = @agent))
            """,
            ("@agent", agent),
            ("@now", _clock.NowMilliseconds()),
            ("@id", number));
        return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<bool> ResolveAsync(long number, string resolution, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = connection.Command(
            "UPDATE escalation_tickets SET status = 'closed', resolution = @resolution, updated_at = @now WHERE id = @id AND status <> 'closed'",
            ("@resolution", resolution),
            ("@now", _clock.NowMilliseconds()),
            ("@id", number));
        return await update.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task SetWebhookStatusAsync(long number, string status, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var update = connection.Command(
            "UPDATE escalation_tickets SET webhook_status = @webhook WHERE id = @id",
            ("@webhook", status),
            ("@id", number));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<long>> ListWebhookPendingAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
            "SELECT id FROM escalation_tickets WHERE created_at >= @since AND (webhook_status IS NULL OR webhook_status LIKE 'retrying%') ORDER BY id",
            ("@since", since.ToUnixTimeMilliseconds()));
        var numbers = new List<long>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            numbers.Add(reader.GetInt64(0));
        }

        return numbers;
    }

    public async Task<TicketMessage> AppendMessageAsync(long number, string sender, string? senderName, string text, CancellationToken cancellationToken)
    {
        var now = _clock.NowMilliseconds();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var insert = connection.Command(
            "INSERT INTO escalation_messages (ticket_id, sender, sender_name, text, created_at) VALUES (@ticket, @sender, @name, @text, @now) RETURNING seq",
            ("@ticket", number),
            ("@sender", sender),
            ("@name", senderName),
            ("@text", text),
            ("@now", now));
        var sequence = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        return new TicketMessage(sequence, number, sender, senderName, text, DateTimeOffset.FromUnixTimeMilliseconds(now));
    }

    public async Task<IReadOnlyDictionary<long, TicketMessage>> LastCustomerMessagesAsync(IReadOnlyList<long> numbers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var last = new Dictionary<long, TicketMessage>();
        if (numbers.Count == 0)
        {
            return last;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        // Numbers are longs the store handed out, written into the statement as digits only.
        var list = string.Join(",", numbers.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var select = connection.Command(
            $"""
            SELECT m.seq, m.ticket_id, m.sender, m.sender_name, m.text, m.created_at FROM escalation_messages m
            WHERE m.ticket_id IN ({list}) AND m.sender = 'customer'
              AND m.seq = (SELECT MAX(n.seq) FROM escalation_messages n WHERE n.ticket_id = m.ticket_id AND n.sender = 'customer')
            """);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var message = ReadMessage(reader);
            last[message.TicketNumber] = message;
        }

        return last;
    }

    // Columns: seq, ticket_id, sender, sender_name, text, created_at.
    private static TicketMessage ReadMessage(DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt64(1),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.GetString(4),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5)));

    public async Task<IReadOnlyList<TicketMessage>> ReadMessagesAsync(long number, long afterSequence, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var select = connection.Command(
            "SELECT seq, ticket_id, sender, sender_name, text, created_at FROM escalation_messages WHERE ticket_id = @ticket AND seq > @after ORDER BY seq",
            ("@ticket", number),
            ("@after", afterSequence));
        var messages = new List<TicketMessage>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(ReadMessage(reader));
        }

        return messages;
    }

    public async Task<int> DeleteResolvedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        const string Resolved = "SELECT id FROM escalation_tickets WHERE status = 'closed' AND updated_at < @cutoff";
        await using (var messages = connection.Command(transaction, $"DELETE FROM escalation_messages WHERE ticket_id IN ({Resolved})", ("@cutoff", cutoff.ToUnixTimeMilliseconds())))
        {
            await messages.ExecuteNonQueryAsync(cancellationToken);
        }

        int deleted;
        await using (var tickets = connection.Command(transaction, $"DELETE FROM escalation_tickets WHERE id IN ({Resolved})", ("@cutoff", cutoff.ToUnixTimeMilliseconds())))
        {
            deleted = await tickets.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    public async Task<IReadOnlyList<DeskTicket>> DeskTicketsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var range = new (string, object?)[] { ("@from", since.ToUnixTimeMilliseconds()), ("@to", until.ToUnixTimeMilliseconds()) };
        var tickets = new Dictionary<long, (string Reason, string? Rule, DateTimeOffset Created)>();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using (var select = connection.Command("SELECT id, reason, payload_json, created_at FROM escalation_tickets WHERE created_at >= @from AND created_at < @to", range))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var payload = TicketPayload.FromJson(reader.GetString(2));
                tickets[reader.GetInt64(0)] = (reader.GetString(1), payload?.RuleId, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));
            }
        }

        var events = tickets.Keys.ToDictionary(id => id, _ => (TakenOver: (DateTimeOffset?)null, Resolved: (DateTimeOffset?)null, Rating: (int?)null));
        await using (var select = connection.Command(
            """
            SELECT m.ticket_id, m.sender_name, m.text, m.created_at FROM escalation_messages m
            JOIN escalation_tickets t ON t.id = m.ticket_id
            WHERE t.created_at >= @from AND t.created_at < @to AND m.sender = 'system' ORDER BY m.seq
            """,
            range))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                var name = reader.IsDBNull(1) ? null : reader.GetString(1);
                var text = reader.GetString(2);
                var at = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3));
                var e = events[id];
                if (text == TicketNotes.Assigned && e.TakenOver is null)
                {
                    e.TakenOver = at;
                }
                else if (text == TicketResolution.Resolved && e.Resolved is null)
                {
                    e.Resolved = at;
                }
                else if (name == TicketNotes.Satisfaction && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rating) && rating is >= 1 and <= 5)
                {
                    e.Rating = rating;
                }

                events[id] = e;
            }
        }

        return [.. tickets.Select(t => new DeskTicket(t.Value.Reason, t.Value.Rule, t.Value.Created, events[t.Key].TakenOver, events[t.Key].Resolved, events[t.Key].Rating))];
    }

    public async Task<EscalationFigures> FiguresAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var range = new (string, object?)[] { ("@from", since.ToUnixTimeMilliseconds()), ("@to", until.ToUnixTimeMilliseconds()) };
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var conversations = connection.Command(
            "SELECT COUNT(DISTINCT conversation_id) FROM transcripts WHERE recorded_at >= @from AND recorded_at < @to", range);
        var conversationCount = Convert.ToInt64(await conversations.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

        var byReason = await CountAsync(connection, "reason", range, cancellationToken);
        var byStatus = await CountAsync(connection, "status", range, cancellationToken);
        var byState = byStatus.ToDictionary(s => ToState(s.Key).ToString().ToLowerInvariant(), s => s.Value);
        var escalations = byReason.Values.Sum();
        // A conversation escalated before its transcript's retention ran out still counts once.
        var denominator = Math.Max(conversationCount, escalations);
        return new EscalationFigures(since, until, conversationCount, escalations, denominator == 0 ? 0 : (double)escalations / denominator, byReason, byState);
    }

    private static async Task<Dictionary<string, long>> CountAsync(DbConnection connection, string column, (string, object?)[] range, CancellationToken cancellationToken)
    {
        await using var select = connection.Command(
            $"SELECT {column}, COUNT(*) FROM escalation_tickets WHERE created_at >= @from AND created_at < @to GROUP BY {column}", range);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    // The open ticket found by the insert's conflict may be closed before it is read: then the insert runs again.
    private static readonly ResiliencePipeline<long?> OpenTicketRace = new ResiliencePipelineBuilder<long?>()
        .AddRetry(new RetryStrategyOptions<long?>
        {
            ShouldHandle = new PredicateBuilder<long?>().HandleResult(id => id is null),
            MaxRetryAttempts = 5,
            Delay = TimeSpan.Zero,
        })
        .Build();

    private async Task<long> CreateOrGetOpenAsync(DbConnection connection, ConversationKey conversation, string reason, string payloadJson, CancellationToken cancellationToken) =>
        await OpenTicketRace.ExecuteAsync(
            async token =>
            {
                var now = _clock.NowMilliseconds();
                await using (var insert = connection.Command(
                    """
                    INSERT INTO escalation_tickets (channel_id, conversation_id, status, reason, payload_json, created_at, updated_at)
                    VALUES (@channel, @conversation, 'open', @reason, @payload, @now, @now)
                    ON CONFLICT (channel_id, conversation_id) WHERE status <> 'closed' DO NOTHING
                    """,
                    ("@channel", conversation.ChannelId),
                    ("@conversation", conversation.ConversationId),
                    ("@reason", reason),
                    ("@payload", payloadJson),
                    ("@now", now)))
                {
                    await insert.ExecuteNonQueryAsync(token);
                }

                await using var select = connection.Command(
                    "SELECT id FROM escalation_tickets WHERE channel_id = @channel AND conversation_id = @conversation AND status <> 'closed'",
                    ("@channel", conversation.ChannelId),
                    ("@conversation", conversation.ConversationId));
                return await select.ExecuteScalarAsync(token) is { } id ? Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture) : (long?)null;
            },
            cancellationToken)
        ?? throw new InvalidOperationException($"No open ticket could be created for conversation '{conversation}'.");

    private static async Task<TicketView?> GetAsync(DbConnection connection, long number, CancellationToken cancellationToken)
    {
        await using var select = connection.Command($"SELECT {Columns} FROM escalation_tickets WHERE id = @id", ("@id", number));
        return (await ReadTicketsAsync(select, cancellationToken)).SingleOrDefault();
    }

    private static async Task<List<TicketView>> ReadTicketsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var tickets = new List<TicketView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tickets.Add(new TicketView(
                reader.GetInt64(0),
                reader.GetString(1),
                ToState(reader.GetString(2)),
                reader.GetString(3),
                TicketPayload.FromJson(reader.GetString(4)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9))));
        }

        return tickets;
    }

    // The column keeps the original text values (open/assigned/closed); existing databases hold them.
    private static TicketState ToState(string stored) => stored switch
    {
        "assigned" => TicketState.Assigned,
        "closed" => TicketState.Resolved,
        _ => TicketState.Queued,
    };

    private static string StoredStatus(TicketState state) => state switch
    {
        TicketState.Assigned => "assigned",
        TicketState.Resolved => "closed",
        _ => "open",
    };
}
