using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Turns;

/// <summary>The turn records' tables: the transcript of every turn, and the activities already processed with their replies.</summary>
public static class TurnRecordsSchema
{
    public static SchemaContribution Contribution { get; } = new("Turns",
    [
        new(2, "transcripts",
            """
            CREATE TABLE transcripts (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id TEXT NOT NULL,
                activity_id TEXT,
                recorded_at INTEGER NOT NULL,
                activity_json TEXT NOT NULL);
            CREATE INDEX ix_transcripts_conversation ON transcripts (conversation_id, seq);
            CREATE INDEX ix_transcripts_recorded_at ON transcripts (recorded_at);
            """,
            """
            CREATE TABLE transcripts (
                seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                conversation_id TEXT NOT NULL,
                activity_id TEXT,
                recorded_at BIGINT NOT NULL,
                activity_json TEXT NOT NULL);
            CREATE INDEX ix_transcripts_conversation ON transcripts (conversation_id, seq);
            CREATE INDEX ix_transcripts_recorded_at ON transcripts (recorded_at);
            """),
        new(5, "processed activity ids",
            """
            CREATE TABLE processed_activities (
                conversation_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                processed_at INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, activity_id));
            CREATE INDEX ix_processed_activities_processed_at ON processed_activities (processed_at);
            """,
            """
            CREATE TABLE processed_activities (
                conversation_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                processed_at BIGINT NOT NULL,
                PRIMARY KEY (conversation_id, activity_id));
            CREATE INDEX ix_processed_activities_processed_at ON processed_activities (processed_at);
            """),
        new(7, "transcripts keyed by channel and conversation",
            """
            ALTER TABLE transcripts ADD COLUMN channel_id TEXT NOT NULL DEFAULT '';
            CREATE INDEX ix_transcripts_channel_conversation ON transcripts (channel_id, conversation_id, seq);
            """,
            """
            ALTER TABLE transcripts ADD COLUMN channel_id TEXT NOT NULL DEFAULT '';
            CREATE INDEX ix_transcripts_channel_conversation ON transcripts (channel_id, conversation_id, seq);
            """),
        new(9, "replies kept with the processed activity until delivered",
            """
            ALTER TABLE processed_activities ADD COLUMN replies_json TEXT;
            ALTER TABLE processed_activities ADD COLUMN delivered_at INTEGER;
            """,
            """
            ALTER TABLE processed_activities ADD COLUMN replies_json TEXT;
            ALTER TABLE processed_activities ADD COLUMN delivered_at BIGINT;
            """),
    ]);
}
