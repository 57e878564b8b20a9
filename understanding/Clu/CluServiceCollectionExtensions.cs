using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SupportBot.Understanding.Clu;

public static class CluServiceCollectionExtensions
{
    /// <summary>
    /// When CluAPIHostName, CluAPIKey, CluProjectName and CluDeploymentName are all set, makes the CLU recognizer
    /// (falling back to <see cref="OfflineRecognizer"/>) the <see cref="IIntentRecognizer"/>; otherwise changes nothing.
    /// </summary>
    public static IServiceCollection AddCluRecognizer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CluOptions>()
            .Bind(configuration.GetSection(CluOptions.SectionName))
            .Configure(options => BindConnection(options, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CluOptions>, CluOptionsValidator>());

        var probe = new CluOptions();
        BindConnection(probe, configuration);
        if (!probe.IsConfigured)
        {
            return services;
        }

        services.AddMemoryCache();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OfflineRecognizer>();
        services.TryAddSingleton<CluMetrics>();
        services.TryAddSingleton<CluCircuitBreaker>();
        services.TryAddSingleton<CluClient>(sp => new CluClient(
            sp.GetRequiredService<IOptions<CluOptions>>(), sp.GetRequiredService<TimeProvider>()));
        services.Replace(ServiceDescriptor.Singleton<IIntentRecognizer, CluRecognizer>());
        return services;
    }

    // Only the root keys, named as in the official CLU sample, so the DI decision and the options always agree.
    private static void BindConnection(CluOptions options, IConfiguration configuration)
    {
        options.HostName = configuration[CluOptions.HostNameKey] ?? string.Empty;
        options.ApiKey = configuration[CluOptions.ApiKeyKey] ?? string.Empty;
        options.ProjectName = configuration[CluOptions.ProjectNameKey] ?? string.Empty;
        options.DeploymentName = configuration[CluOptions.DeploymentNameKey] ?? string.Empty;
    }
}
