using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.AgentConsole.Accounts;

/// <summary>
/// The agents who may sign in. With none configured, in Development only, there is one account, "agent", whose random
/// password exists only in this process and is printed once to the terminal (<see cref="DevelopmentAccountAnnouncer"/>);
/// elsewhere nobody can sign in until Agents:Accounts lists someone.
/// </summary>
public sealed class AgentDirectory
{
    public const string DevelopmentUserName = "agent";

    private readonly Dictionary<string, AgentAccountOptions> _accounts;
    private readonly string _decoyHash = AgentPasswordHasher.Hash(RandomNumberGenerator.GetHexString(32));

    public AgentDirectory(IOptions<AgentOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = options.Value.Accounts;
        if (configured.Count == 0 && environment.IsDevelopment())
        {
            DevelopmentPassword = RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
            configured = [new AgentAccountOptions { UserName = DevelopmentUserName, PasswordHash = AgentPasswordHasher.Hash(DevelopmentPassword), Lead = true }];
        }

        _accounts = configured.ToDictionary(a => a.UserName, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The generated password when no account is configured; null otherwise.</summary>
    public string? DevelopmentPassword { get; }

    public bool HasAccounts => _accounts.Count > 0;

    /// <summary>Whether this user name is still a configured account (a signed-in session is checked on every request).</summary>
    public bool Exists(string? userName) => userName is not null && _accounts.ContainsKey(userName);

    /// <summary>Every agent as (user name, display name), for handing a conversation over.</summary>
    public IReadOnlyList<(string UserName, string DisplayName)> Agents =>
        [.. _accounts.Values.OrderBy(a => a.UserName, StringComparer.Ordinal).Select(a => (a.UserName, string.IsNullOrWhiteSpace(a.DisplayName) ? a.UserName : a.DisplayName!))];

    /// <summary>The user name as configured (names are matched case-insensitively), or null.</summary>
    public string? Canonical(string? userName) => userName is not null && _accounts.TryGetValue(userName, out var account) ? account.UserName : null;

    /// <summary>The account when the password is right; null otherwise (the same work is done for unknown names).</summary>
    public AgentAccountOptions? Verify(string? userName, string? password)
    {
        var found = _accounts.GetValueOrDefault(userName ?? string.Empty);
        // Hash against a real account even for unknown names, so timing does not reveal which names exist.
        var hash = found?.PasswordHash ?? _decoyHash;
        var valid = AgentPasswordHasher.Verify(password ?? string.Empty, hash);
        return valid && found is not null ? found : null;
    }
}
