using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.DirectLine.Log;

/// <summary>The Direct Line activity log: each conversation's activities numbered for watermarks.</summary>
public static class DirectLineLogSchema
{
    public static SchemaContribution Contribution { get; } = new("DirectLine",
    [
        new(4, "direct line activity log",
            """
            CREATE TABLE directline_conversations (
                conversation_id TEXT PRIMARY KEY,
                last_seq INTEGER NOT NULL);
            CREATE TABLE directline_activities (
                conversation_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                activity_json TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, seq));
            """,
            """
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
        new(10, "posted activities keyed by the client's id, for repeats and recovery",
            """
            ALTER TABLE directline_activities ADD COLUMN client_key TEXT;
            CREATE UNIQUE INDEX ux_directline_activities_client_key ON directline_activities (conversation_id, client_key) WHERE client_key IS NOT NULL;
            CREATE INDEX ix_directline_activities_created_at ON directline_activities (created_at);
            """,
            """
            ALTER TABLE directline_activities ADD COLUMN client_key TEXT;
            CREATE UNIQUE INDEX ux_directline_activities_client_key ON directline_activities (conversation_id, client_key) WHERE client_key IS NOT NULL;
            CREATE INDEX ix_directline_activities_created_at ON directline_activities (created_at);
            """),
    ]);
}
