using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Escalation.Webhook;

/// <summary>Refuses to start with a webhook that could never work or could be forged.</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public const int MinimumSecretLength = 16;

    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"{WebhookOptions.SectionName}:Url must be an absolute http or https URL.");
        }

        if (string.IsNullOrEmpty(options.Secret) || options.Secret.Length < MinimumSecretLength)
        {
            failures.Add($"{WebhookOptions.SectionName}:Secret must be set (at least {MinimumSecretLength} characters) when Url is set.");
        }

        if (options.MaxAttempts is < 1 or > 20)
        {
            failures.Add($"{WebhookOptions.SectionName}:MaxAttempts must be between 1 and 20.");
        }

        if (options.InitialDelayMilliseconds is < 1 or > 60_000)
        {
            failures.Add($"{WebhookOptions.SectionName}:InitialDelayMilliseconds must be between 1 and 60000.");
        }

        if (options.TimeoutSeconds is < 1 or > 120)
        {
            failures.Add($"{WebhookOptions.SectionName}:TimeoutSeconds must be between 1 and 120.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
