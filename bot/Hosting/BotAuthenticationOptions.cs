namespace SupportBot.Bot.Hosting;

/// <summary>
/// The standard Bot Framework keys, read from the configuration root as ConfigurationBotFrameworkAuthentication
/// reads them. A blank MicrosoftAppId turns authentication off (what the Bot Framework Emulator expects).
/// </summary>
public sealed class BotAuthenticationOptions
{
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
