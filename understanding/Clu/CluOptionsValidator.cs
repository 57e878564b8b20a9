using Microsoft.Extensions.Options;

namespace SupportBot.Understanding.Clu;

/// <summary>Checks the CLU settings at start-up, so a typo shows before the first customer's turn.</summary>
internal sealed class CluOptionsValidator : IValidateOptions<CluOptions>
{
    public ValidateOptionsResult Validate(string? name, CluOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        if (options.Endpoint is null)
        {
            failures.Add($"{CluOptions.HostNameKey} must be a host name or an http(s) URL.");
        }

        if (string.IsNullOrWhiteSpace(options.ApiVersion))
        {
            failures.Add($"{CluOptions.SectionName}:{nameof(CluOptions.ApiVersion)} must be set.");
        }

        Check(failures, nameof(CluOptions.TimeoutMilliseconds), options.TimeoutMilliseconds, 50, 60_000);
        Check(failures, nameof(CluOptions.MaxRetries), options.MaxRetries, 0, 10);
        Check(failures, nameof(CluOptions.RetryDelayMilliseconds), options.RetryDelayMilliseconds, 1, 60_000);
        Check(failures, nameof(CluOptions.MaxRetryDelayMilliseconds), options.MaxRetryDelayMilliseconds, options.RetryDelayMilliseconds, 60_000);
        Check(failures, nameof(CluOptions.CacheSeconds), options.CacheSeconds, 0, 7 * 24 * 3600);
        Check(failures, "CircuitBreaker:" + nameof(CluCircuitBreakerOptions.FailuresBeforeOpen), options.CircuitBreaker.FailuresBeforeOpen, 1, 1_000);
        Check(failures, "CircuitBreaker:" + nameof(CluCircuitBreakerOptions.OpenSeconds), options.CircuitBreaker.OpenSeconds, 1, 24 * 3600);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(List<string> failures, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{CluOptions.SectionName}:{name} must be between {min} and {max} (was {value}).");
        }
    }
}
