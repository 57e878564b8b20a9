using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Operations.Metrics;

/// <summary>A short scrape key is a password anyone can guess: refuse it at start.</summary>
public sealed class MetricsOptionsValidator : IValidateOptions<MetricsOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ScrapeKey is { Length: > 0 and < 16 }
            ? ValidateOptionsResult.Fail($"{MetricsOptions.SectionName}:ScrapeKey must be at least 16 characters (or blank for none).")
            : ValidateOptionsResult.Success;
    }
}
