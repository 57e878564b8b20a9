using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Dialogs.Tests.Orders;

/// <summary>A service provider with AddOrderSystem over the given "Orders" settings, as the host builds it.</summary>
internal static class OrderSystemHost
{
    public static ServiceProvider Build(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(OrderSystemOptions.SectionName + ":" + s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOrderSystem(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
