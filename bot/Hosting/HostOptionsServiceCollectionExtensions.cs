using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Hosting;

public static class HostOptionsServiceCollectionExtensions
{
    /// <summary>The host's door (BotHost) and authentication (MicrosoftAppId…) settings, validated at start.</summary>
    public static IServiceCollection AddHostOptions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotHostOptions>()
            .Bind(configuration.GetSection(BotHostOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotHostOptions>, AnonymousHostValidator>());
        return services;
    }
}
