using SupportBot.Bot.Storage.Database;

namespace SupportBot.Bot.AgentConsole.Sessions;

/// <summary>Signed-in agent sessions, so signing out ends a session on every instance, not only in the browser.</summary>
public static class AgentSessionsSchema
{
    public static SchemaContribution Contribution { get; } = new("Agent/Sessions",
    [
        new(11, "agent sessions, revoked at sign-out",
            """
            CREATE TABLE agent_sessions (
                session_id TEXT PRIMARY KEY,
                user_name TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                revoked_at INTEGER);
            CREATE INDEX ix_agent_sessions_created_at ON agent_sessions (created_at);
            """,
            """
            CREATE TABLE agent_sessions (
                session_id TEXT PRIMARY KEY,
                user_name TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                revoked_at BIGINT);
            CREATE INDEX ix_agent_sessions_created_at ON agent_sessions (created_at);
            """),
    ]);
}
