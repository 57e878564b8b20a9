using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Hosting;

/// <summary>Refuses, at start-up, an authentication configuration that could only fail at the first request.</summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    private static readonly string[] AppTypes = ["", "MultiTenant", "SingleTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var appType = options.MicrosoftAppType ?? string.Empty;
        if (!AppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"MicrosoftAppType '{appType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
        }

        if (!options.AuthenticationEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var needsPassword = !appType.Equals("UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
        if (needsPassword && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            return ValidateOptionsResult.Fail("MicrosoftAppId is set but MicrosoftAppPassword is empty.");
        }

        if (!appType.Equals("MultiTenant", StringComparison.OrdinalIgnoreCase) && appType.Length > 0
            && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            return ValidateOptionsResult.Fail($"MicrosoftAppType {appType} needs MicrosoftAppTenantId.");
        }

        return ValidateOptionsResult.Success;
    }
}
