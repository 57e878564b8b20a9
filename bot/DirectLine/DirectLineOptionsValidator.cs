using Microsoft.Extensions.Options;

namespace SupportBot.Bot.DirectLine;

/// <summary>Refuses to start with a weak key or secret, or limits that would break the widget.</summary>
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public const int MinimumKeyLength = 32;
    public const int MinimumSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.TokenSigningKey) && options.TokenSigningKey.Length < MinimumKeyLength)
        {
            failures.Add($"DirectLine:TokenSigningKey must be at least {MinimumKeyLength} characters.");
        }

        if (!string.IsNullOrEmpty(options.Secret) && (options.Secret.Length < MinimumSecretLength || options.Secret.Contains(' ', StringComparison.Ordinal)))
        {
            failures.Add($"DirectLine:Secret must be at least {MinimumSecretLength} characters without spaces.");
        }

        if (string.IsNullOrWhiteSpace(options.SigningKeyPath))
        {
            failures.Add("DirectLine:SigningKeyPath must name a file.");
        }

        // Web Chat refreshes every 15 minutes: a shorter lifetime would expire before the first refresh.
        if (options.TokenLifetimeSeconds is < 20 * 60 or > 86_400)
        {
            failures.Add("DirectLine:TokenLifetimeSeconds must be between 1200 and 86400.");
        }

        if (options.TokenMaxLifetimeHours is < 1 or > 24 * 30 || options.TokenMaxLifetimeHours * 3600L < options.TokenLifetimeSeconds)
        {
            failures.Add("DirectLine:TokenMaxLifetimeHours must be between 1 and 720 and at least one token lifetime.");
        }

        if (options.TokenRequestsPerMinute is < 1 or > 10_000)
        {
            failures.Add("DirectLine:TokenRequestsPerMinute must be between 1 and 10000.");
        }

        if (options.MaxActivitiesPerRead is < 1 or > 10_000)
        {
            failures.Add("DirectLine:MaxActivitiesPerRead must be between 1 and 10000.");
        }

        if (options.LogRetentionDays is < 1 or > 3650 || options.LogRetentionDays * 24L <= options.TokenMaxLifetimeHours)
        {
            failures.Add("DirectLine:LogRetentionDays must be between 1 and 3650 and longer than DirectLine:TokenMaxLifetimeHours.");
        }

        if (options.MaxBytesPerRead is < 64 * 1024 or > 64 * 1024 * 1024)
        {
            failures.Add("DirectLine:MaxBytesPerRead must be between 65536 and 67108864.");
        }

        if (options.StreamPollMilliseconds is < 50 or > 60_000)
        {
            failures.Add("DirectLine:StreamPollMilliseconds must be between 50 and 60000.");
        }

        if (options.StreamSafetyPollMilliseconds is < 1000 or > 3_600_000 || options.StreamSafetyPollMilliseconds < options.StreamPollMilliseconds)
        {
            failures.Add("DirectLine:StreamSafetyPollMilliseconds must be between 1000 and 3600000 and at least DirectLine:StreamPollMilliseconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
