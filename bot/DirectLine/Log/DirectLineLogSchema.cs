using SupportBot.Bot.Storage.Schema;

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
    ]);
}
