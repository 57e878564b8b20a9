using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Orders;
using SupportBot.Knowledge;
using SupportBot.Dialogs.Orders.Demo;
using SupportBot.Dialogs.Orders.Http;

// In the dialogs' root namespace, so AddSupportDialogs calls it without a using of its own.
namespace SupportBot.Dialogs;

/// <summary>
/// AddOrderSystem: options from "Orders" and, unless Provider is None, one <see cref="IOrderService"/>; the dialogs
/// call it through <see cref="OrderSystemGuard"/> with the configured time-out. With None nothing is registered: consumers take <c>IOrderService? orders = null</c> in their constructor
/// (the container passes null when there is none) and ask the customer when it is null.
/// </summary>
public static class OrderSystemServiceCollectionExtensions
{
    public static IServiceCollection AddOrderSystem(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(OrderSystemOptions.SectionName);
        services.AddOptions<OrderSystemOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OrderSystemOptions>, OrderSystemOptionsValidator>());

        // The provider decides what is registered, so it is read now; the validator reports a bad value at start-up.
        var provider = section.GetValue(nameof(OrderSystemOptions.Provider), OrderSystemProvider.None);
        services.TryAddSingleton(TimeProvider.System);
        switch (provider)
        {
            case OrderSystemProvider.Demo:
                services.TryAddSingleton(sp => new DemoOrderBook(
                    RepositoryLocator.Resolve(sp.GetRequiredService<IOptions<OrderSystemOptions>>().Value.DemoDatabasePath),
                    sp.GetRequiredService<TimeProvider>()));
                services.TryAddSingleton<DemoOrderService>();
                services.TryAddSingleton<IOrderService>(sp => sp.GetRequiredService<DemoOrderService>());
                break;
            case OrderSystemProvider.Http:
                services.AddHttpClient<HttpOrderService>((sp, client) =>
                {
                    var options = sp.GetRequiredService<IOptions<OrderSystemOptions>>().Value;
                    var address = options.HttpBaseAddress!;
                    client.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/", UriKind.Absolute);
                    // The dialogs' OrderSystemGuard times every call (OrderSystemResilience): one time-out, not two.
                    client.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
                })
                // The client lives as long as the singleton dialogs that hold it; connection recycling keeps DNS fresh.
                .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(2))
                .SetHandlerLifetime(System.Threading.Timeout.InfiniteTimeSpan);
                services.TryAddSingleton<IOrderService>(sp => sp.GetRequiredService<HttpOrderService>());
                break;
        }

        return services;
    }
}
