using System.Security.Cryptography;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.Database;
using SupportBot.Bot.Storage.Housekeeping;

namespace SupportBot.Bot.AgentConsole.Sessions;

/// <summary>
/// Agent sessions on the server: a cookie opens the console only while its session is live here. Sign-out revokes it;
/// a session lasts at most <see cref="MaxAge"/>, sliding cookie or not. Also the sessions' housekeeping.
/// </summary>
public sealed class AgentSessionStore : IHousekeepingTask
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    private readonly StorageDatabase _database;
    private readonly TimeProvider _clock;

    public AgentSessionStore(StorageDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
    }

    public string Name => "agent sessions";

    public async Task<string> StartAsync(string userName, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var now = _clock.NowMilliseconds();
        await _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.Command(
                    transaction,
                    "INSERT INTO agent_sessions (session_id, user_name, created_at) VALUES (@id, @user, @now)",
                    ("@id", id),
                    ("@user", userName),
                    ("@now", now));
                return await command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);
        return id;
    }

    /// <summary>Whether the session exists, belongs to <paramref name="userName"/>, is not revoked and not too old.</summary>
    public async Task<bool> IsLiveAsync(string? sessionId, string? userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId) || string.IsNullOrEmpty(userName))
        {
            return false;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT 1 FROM agent_sessions WHERE session_id = @id AND user_name = @user AND revoked_at IS NULL AND created_at >= @oldest",
            ("@id", sessionId),
            ("@user", userName),
            ("@oldest", (_clock.GetUtcNow() - MaxAge).ToUnixTimeMilliseconds()));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task RevokeAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId))
        {
            return;
        }

        var now = _clock.NowMilliseconds();
        await _database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await using var command = connection.Command(
                    transaction,
                    "UPDATE agent_sessions SET revoked_at = @now WHERE session_id = @id AND revoked_at IS NULL",
                    ("@id", sessionId),
                    ("@now", now));
                return await command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);
    }

    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.Command("DELETE FROM agent_sessions WHERE created_at < @oldest", ("@oldest", (now - MaxAge).ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
