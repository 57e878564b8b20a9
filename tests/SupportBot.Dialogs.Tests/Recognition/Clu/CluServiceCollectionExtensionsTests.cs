using SupportBot.Testing.Escalation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Understanding;
using SupportBot.Understanding.Clu;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Tests.Recognition.Clu;

public sealed class CluServiceCollectionExtensionsTests
{
    private static readonly Dictionary<string, string?> Configured = new()
    {
        ["CluAPIHostName"] = "myres.cognitiveservices.azure.com",
        ["CluAPIKey"] = "key",
        ["CluProjectName"] = "SupportBot",
        ["CluDeploymentName"] = "production",
    };

    [Fact]
    public void AddSupportDialogs_keeps_the_offline_recognizer_when_CLU_is_not_configured()
    {
        using var services = Build(new Dictionary<string, string?> { ["CluAPIHostName"] = "", ["CluAPIKey"] = "key" });

        Assert.IsType<OfflineRecognizer>(services.GetRequiredService<IIntentRecognizer>());
        Assert.False(services.GetRequiredService<IOptions<CluOptions>>().Value.IsConfigured);
    }

    [Fact]
    public void AddSupportDialogs_uses_the_CLU_recognizer_when_the_four_keys_are_set()
    {
        using var services = Build(Configured);

        Assert.IsType<CluRecognizer>(services.GetRequiredService<IIntentRecognizer>());
        Assert.Equal(
            new Uri("https://myres.cognitiveservices.azure.com/language/:analyze-conversations?api-version=2023-04-01"),
            services.GetRequiredService<CluClient>().RequestUri);
    }

    [Fact]
    public void AddCluRecognizer_binds_the_root_keys_and_the_Clu_section_and_a_later_source_overrides_them()
    {
        var settings = new Dictionary<string, string?>(Configured)
        {
            ["Clu:ApiVersion"] = "2024-11-01",
            ["Clu:TimeoutMilliseconds"] = "900",
            ["Clu:CacheSeconds"] = "60",
            ["Clu:CircuitBreaker:FailuresBeforeOpen"] = "5",
            ["Clu:CircuitBreaker:OpenSeconds"] = "12",
        };
        // Environment variables come after appsettings.json; an in-memory source plays their part here.
        var environment = new Dictionary<string, string?> { ["CluAPIKey"] = "from-environment", ["Clu:TimeoutMilliseconds"] = "700" };

        using var services = Build(settings, environment);
        var options = services.GetRequiredService<IOptions<CluOptions>>().Value;

        Assert.Equal(
            ("myres.cognitiveservices.azure.com", "from-environment", "SupportBot", "production", "2024-11-01", 700, 60, 5, 12),
            (options.HostName, options.ApiKey, options.ProjectName, options.DeploymentName, options.ApiVersion,
             options.TimeoutMilliseconds, options.CacheSeconds, options.CircuitBreaker.FailuresBeforeOpen, options.CircuitBreaker.OpenSeconds));
    }

    public static TheoryData<string, string> InvalidSettings => new()
    {
        { "CluAPIHostName", "ftp://example.com" },
        { "Clu:TimeoutMilliseconds", "0" },
        { "Clu:ApiVersion", " " },
        { "Clu:CircuitBreaker:FailuresBeforeOpen", "0" },
        { "Clu:CircuitBreaker:OpenSeconds", "-1" },
        { "Clu:CacheSeconds", "-5" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void AddCluRecognizer_rejects_invalid_settings_when_CLU_is_configured(string key, string value)
    {
        using var services = Build(new Dictionary<string, string?>(Configured) { [key] = value });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CluOptions>>().Value);
        Assert.NotEmpty(ex.Failures);
    }

    [Fact]
    public void AddCluRecognizer_does_not_validate_the_tuning_when_CLU_is_not_configured()
    {
        using var services = Build(new Dictionary<string, string?> { ["Clu:TimeoutMilliseconds"] = "0" });

        Assert.Equal(0, services.GetRequiredService<IOptions<CluOptions>>().Value.TimeoutMilliseconds);
    }

    private static ServiceProvider Build(params Dictionary<string, string?>[] sources)
    {
        var builder = new ConfigurationBuilder();
        foreach (var source in sources)
        {
            builder.AddInMemoryCollection(source);
        }

        var configuration = builder.Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IKnowledgeBase>(RepositoryKnowledge.Instance)
            .AddLogging();
        services.AddSupportDialogs(configuration);
        // The host registers the real ticket service (bot/Escalation); the dialogs only need the interface.
        services.AddSingleton<SupportBot.Dialogs.Escalation.IEscalationService, SupportBot.Testing.Escalation.PlaceholderEscalationService>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
