namespace SupportBot.Bot.AgentConsole.Accounts;

/// <summary>One agent who may sign in to the console; the password only as a PBKDF2 hash (see <see cref="AgentPasswordHasher"/>).</summary>
public sealed class AgentAccountOptions
{
    public string UserName { get; set; } = string.Empty;

    /// <summary>"pbkdf2-sha256$iterations$salt(base64)$hash(base64)".</summary>
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>The name customers see on the agent's messages; the user name when empty.</summary>
    public string? DisplayName { get; set; }

    /// <summary>A support lead: sees the knowledge base's status and turns missed messages into examples.</summary>
    public bool Lead { get; set; }
}
