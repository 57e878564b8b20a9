namespace SupportBot.Bot.AgentConsole.Accounts;

/// <summary>Agents: the accounts of the agent console. None configured = one development account with a random password.</summary>
public sealed class AgentOptions
{
    public const string SectionName = "Agents";

#pragma warning disable CA2227 // Bound from configuration, which needs a settable list.
    public List<AgentAccountOptions> Accounts { get; set; } = [];
#pragma warning restore CA2227

    /// <summary>
    /// Where the development account's password goes when the bot's stderr is not a terminal (a service manager's log
    /// would keep it): a file only this user can read, relative to the repository root.
    /// </summary>
    public string DevelopmentPasswordFile { get; set; } = "data/agent-development-password.txt";

    /// <summary>How long a sign-in lasts without activity.</summary>
    public int SessionMinutes { get; set; } = 480;

    /// <summary>Sign-in attempts allowed per client address per minute (then 429), against password guessing.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>Failed sign-ins for one user name from one address before that address is refused for that name for <see cref="SignInLockoutMinutes"/>.</summary>
    public int SignInFailuresPerAddress { get; set; } = 10;

    /// <summary>Failed sign-ins for one user name, from any addresses, after which each further failure doubles the wait before its next try.</summary>
    public int SignInDelayAfterFailures { get; set; } = 3;

    /// <summary>The longest wait a user name's failures can impose: the agent with the right password waits at most this.</summary>
    public int SignInMaxDelaySeconds { get; set; } = 60;

    /// <summary>The window failures are counted in, and how long an address stays refused for a name.</summary>
    public int SignInLockoutMinutes { get; set; } = 15;
}
