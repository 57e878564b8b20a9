using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.Storage.State;

/// <summary>Bot state's table. JSON stays TEXT on PostgreSQL too, so stored state keeps its exact bytes.</summary>
public static class StateSchema
{
    public static SchemaContribution Contribution { get; } = new("Storage/State",
    [
        new(1, "bot state",
            """
            CREATE TABLE bot_state (
                key TEXT PRIMARY KEY,
                json TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at INTEGER NOT NULL);
            """,
            """
            CREATE TABLE bot_state (
                key TEXT PRIMARY KEY,
                json TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated_at BIGINT NOT NULL);
            """),
    ]);
}
