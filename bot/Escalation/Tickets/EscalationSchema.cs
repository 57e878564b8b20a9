using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Escalation.Tickets;

/// <summary>Tickets and their live-chat messages; the partial unique index keeps one open ticket per conversation.</summary>
public static class EscalationSchema
{
    public static SchemaContribution Contribution { get; } = new("Escalation",
    [
        new(3, "escalation tickets",
            """
            CREATE TABLE escalation_tickets (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id TEXT NOT NULL,
                status TEXT NOT NULL,
                reason TEXT NOT NULL,
                payload_json TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL);
            CREATE UNIQUE INDEX ux_escalation_tickets_one_open ON escalation_tickets (conversation_id) WHERE status <> 'closed';
            CREATE INDEX ix_escalation_tickets_status ON escalation_tickets (status, id);
            """,
            """
            CREATE TABLE escalation_tickets (
                id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                conversation_id TEXT NOT NULL,
                status TEXT NOT NULL,
                reason TEXT NOT NULL,
                payload_json TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL);
            CREATE UNIQUE INDEX ux_escalation_tickets_one_open ON escalation_tickets (conversation_id) WHERE status <> 'closed';
            CREATE INDEX ix_escalation_tickets_status ON escalation_tickets (status, id);
            """),
        new(6, "escalation hand-over: agent, resolution, webhook outcome, conversation reference, live messages",
            """
            ALTER TABLE escalation_tickets ADD COLUMN assigned_to TEXT;
            ALTER TABLE escalation_tickets ADD COLUMN resolution TEXT;
            ALTER TABLE escalation_tickets ADD COLUMN webhook_status TEXT;
            ALTER TABLE escalation_tickets ADD COLUMN reference_json TEXT;
            CREATE INDEX ix_escalation_tickets_created_at ON escalation_tickets (created_at);
            CREATE TABLE escalation_messages (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                ticket_id INTEGER NOT NULL,
                sender TEXT NOT NULL,
                sender_name TEXT,
                text TEXT NOT NULL,
                created_at INTEGER NOT NULL);
            CREATE INDEX ix_escalation_messages_ticket ON escalation_messages (ticket_id, seq);
            """,
            """
            ALTER TABLE escalation_tickets ADD COLUMN assigned_to TEXT;
            ALTER TABLE escalation_tickets ADD COLUMN resolution TEXT;
            ALTER TABLE escalation_tickets ADD COLUMN webhook_status TEXT;
            ALTER TABLE escalation_tickets ADD COLUMN reference_json TEXT;
            CREATE INDEX ix_escalation_tickets_created_at ON escalation_tickets (created_at);
            CREATE TABLE escalation_messages (
                seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                ticket_id BIGINT NOT NULL,
                sender TEXT NOT NULL,
                sender_name TEXT,
                text TEXT NOT NULL,
                created_at BIGINT NOT NULL);
            CREATE INDEX ix_escalation_messages_ticket ON escalation_messages (ticket_id, seq);
            """),
        new(8, "one open ticket per channel and conversation",
            """
            ALTER TABLE escalation_tickets ADD COLUMN channel_id TEXT NOT NULL DEFAULT '';
            DROP INDEX ux_escalation_tickets_one_open;
            CREATE UNIQUE INDEX ux_escalation_tickets_one_open ON escalation_tickets (channel_id, conversation_id) WHERE status <> 'closed';
            """,
            """
            ALTER TABLE escalation_tickets ADD COLUMN channel_id TEXT NOT NULL DEFAULT '';
            DROP INDEX ux_escalation_tickets_one_open;
            CREATE UNIQUE INDEX ux_escalation_tickets_one_open ON escalation_tickets (channel_id, conversation_id) WHERE status <> 'closed';
            """),
    ]);
}
