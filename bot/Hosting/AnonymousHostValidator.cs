using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Hosting;

/// <summary>Refuses to start a host with authentication off outside Development unless that was asked for explicitly.</summary>
public sealed class AnonymousHostValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<BotHostOptions>
{
    public ValidateOptionsResult Validate(string? name, BotHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var anonymous = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
        if (!anonymous || environment.IsDevelopment() || options.AllowAnonymousOutsideDevelopment)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"Authentication is off (MicrosoftAppId is blank) in the {environment.EnvironmentName} environment: set MicrosoftAppId and " +
            "MicrosoftAppPassword, run with ASPNETCORE_ENVIRONMENT=Development, or set BotHost:AllowAnonymousOutsideDevelopment=true.");
    }
}
