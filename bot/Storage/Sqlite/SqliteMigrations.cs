using SupportBot.Bot.Storage.Schema;

namespace SupportBot.Bot.Storage.Sqlite;

/// <summary>The SQLite schema, oldest first. Never edit a shipped step: add a new one.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "bot state", """
            CREATE TABLE bot_state (
                key TEXT PRIMARY KEY,
                json TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at INTEGER NOT NULL);
            """),
        new(2, "transcripts", """
            CREATE TABLE transcripts (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id TEXT NOT NULL,
                activity_id TEXT,
                recorded_at INTEGER NOT NULL,
                activity_json TEXT NOT NULL);
            CREATE INDEX ix_transcripts_conversation ON transcripts (conversation_id, seq);
            CREATE INDEX ix_transcripts_recorded_at ON transcripts (recorded_at);
            """),
        new(3, "escalation tickets", """
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
            """),
        new(4, "direct line activity log", """
            CREATE TABLE directline_conversations (
                conversation_id TEXT PRIMARY KEY,
                last_seq INTEGER NOT NULL);
            CREATE TABLE directline_activities (
                conversation_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                activity_json TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, seq));
            """),
        new(5, "processed activity ids", """
            CREATE TABLE processed_activities (
                conversation_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                processed_at INTEGER NOT NULL,
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
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                ticket_id INTEGER NOT NULL,
                sender TEXT NOT NULL,
                sender_name TEXT,
                text TEXT NOT NULL,
                created_at INTEGER NOT NULL);
            CREATE INDEX ix_escalation_messages_ticket ON escalation_messages (ticket_id, seq);
            """),
    ];
}
