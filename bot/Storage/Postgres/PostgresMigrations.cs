using SupportBot.Bot.Storage.Schema;

namespace SupportBot.Bot.Storage.Postgres;

/// <summary>The PostgreSQL schema, oldest first; same tables as SQLite. JSON stays TEXT so stored state keeps its exact bytes.</summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "bot state", """
            CREATE TABLE bot_state (
                key TEXT PRIMARY KEY,
                json TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at BIGINT NOT NULL);
            """),
        new(2, "transcripts", """
            CREATE TABLE transcripts (
                seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                conversation_id TEXT NOT NULL,
                activity_id TEXT,
                recorded_at BIGINT NOT NULL,
                activity_json TEXT NOT NULL);
            CREATE INDEX ix_transcripts_conversation ON transcripts (conversation_id, seq);
            CREATE INDEX ix_transcripts_recorded_at ON transcripts (recorded_at);
            """),
        new(3, "escalation tickets", """
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
        new(4, "direct line activity log", """
            CREATE TABLE directline_conversations (
                conversation_id TEXT PRIMARY KEY,
                last_seq BIGINT NOT NULL);
            CREATE TABLE directline_activities (
                conversation_id TEXT NOT NULL,
                seq BIGINT NOT NULL,
                activity_json TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                PRIMARY KEY (conversation_id, seq));
            """),
        new(5, "processed activity ids", """
            CREATE TABLE processed_activities (
                conversation_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                processed_at BIGINT NOT NULL,
                PRIMARY KEY (conversation_id, activity_id));
            CREATE INDEX ix_processed_activities_processed_at ON processed_activities (processed_at);
            """),
        new(6, "escalation hand-over: agent, resolution, webhook outcome, conversation reference, live messages", """
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
    ];
}
