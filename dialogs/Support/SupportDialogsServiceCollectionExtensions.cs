using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Dialogs.Orders;
using SupportBot.Understanding;
using SupportBot.Understanding.Clu;
using SupportBot.Dialogs.Welcome;

namespace SupportBot.Dialogs;

public static class SupportDialogsServiceCollectionExtensions
{
    /// <summary>
    /// The support conversation: the main dialog and its waterfalls, the welcome. The host registers IEscalationService
    /// (bot/Escalation). IOrderService is optional (none registered = the bot asks the customer); the offline
    /// recognizer unless a recognizer (CLU) was registered before this call.
    /// </summary>
    public static IServiceCollection AddSupportDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddCluRecognizer(configuration);      // CLU when configured, falling back to the offline recognizer
        services.TryAddSingleton<IIntentRecognizer, OfflineRecognizer>();
        services.TryAddSingleton<MainDialog>();
        services.TryAddSingleton<WelcomeMessageFactory>();
        services.AddOrderSystem(configuration);   // IOrderService only when Orders:Provider is Demo or Http
        return services;
    }
}
