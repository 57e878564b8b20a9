using Microsoft.Extensions.Options;

namespace SupportBot.Bot.AgentConsole.Accounts;

/// <summary>Refuses to start with an account that could never sign in (or anyone could): missing name, plain-text or malformed hash.</summary>
public sealed class AgentOptionsValidator : IValidateOptions<AgentOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            if (string.IsNullOrWhiteSpace(account.UserName))
            {
                failures.Add($"{AgentOptions.SectionName}:Accounts:{i}:UserName is required.");
            }

            if (!AgentPasswordHasher.IsWellFormed(account.PasswordHash))
            {
                failures.Add($"{AgentOptions.SectionName}:Accounts:{i}:PasswordHash must be a PBKDF2 hash 'pbkdf2-sha256$iterations$salt$hash' (never a plain password).");
            }
        }

        if (options.Accounts.GroupBy(a => a.UserName, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            failures.Add($"{AgentOptions.SectionName}:Accounts has the same UserName twice.");
        }

        if (options.SessionMinutes is < 5 or > 24 * 60)
        {
            failures.Add($"{AgentOptions.SectionName}:SessionMinutes must be between 5 and 1440.");
        }

        if (options.SignInAttemptsPerMinute is < 1 or > 1_000)
        {
            failures.Add($"{AgentOptions.SectionName}:SignInAttemptsPerMinute must be between 1 and 1000.");
        }

        if (options.SignInFailuresPerAddress is < 3 or > 1_000)
        {
            failures.Add($"{AgentOptions.SectionName}:SignInFailuresPerAddress must be between 3 and 1000.");
        }

        if (options.SignInDelayAfterFailures is < 1 or > 1_000)
        {
            failures.Add($"{AgentOptions.SectionName}:SignInDelayAfterFailures must be between 1 and 1000.");
        }

        if (options.SignInMaxDelaySeconds is < 1 or > 3_600)
        {
            failures.Add($"{AgentOptions.SectionName}:SignInMaxDelaySeconds must be between 1 and 3600.");
        }

        if (options.SignInLockoutMinutes is < 1 or > 24 * 60)
        {
            failures.Add($"{AgentOptions.SectionName}:SignInLockoutMinutes must be between 1 and 1440.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
