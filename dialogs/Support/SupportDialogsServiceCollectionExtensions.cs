using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Recognition.Clu;
using SupportBot.Dialogs.Welcome;

namespace SupportBot.Dialogs;

public static class SupportDialogsServiceCollectionExtensions
{
    /// <summary>The support conversation: the main dialog and its waterfalls, the welcome.</summary>
    public static IServiceCollection AddSupportDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<WelcomeMessageFactory>();
        services.AddCluRecognizer(configuration);      // CLU when configured, falling back to the offline recognizer
        services.TryAddSingleton<IIntentRecognizer, OfflineRecognizer>();
        services.AddOrderSystem(configuration);   // IOrderService only when Orders:Provider is Demo or Http
        return services;
    }
}
