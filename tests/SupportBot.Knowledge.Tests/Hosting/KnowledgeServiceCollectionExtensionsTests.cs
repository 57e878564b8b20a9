using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Hosting;

public sealed class KnowledgeServiceCollectionExtensionsTests
{
    [Fact]
    public void AddKnowledgeBase_serves_the_configured_directory_and_reports_health()
    {
        using var temp = new TempKnowledge();
        using var provider = Build(temp.ContentDirectory);

        var kb = provider.GetRequiredService<IKnowledgeBase>();
        var health = provider.GetRequiredService<KnowledgeHealth>();

        Assert.Equal(Outcome.Return, kb.Current.Decide(OrderStage.Received, SellerType.Store).Outcome);
        Assert.Equal(kb.Current.Version, health.Version);
        Assert.Same(kb, provider.GetRequiredService<ReloadingKnowledgeBase>());
    }

    [Fact]
    public void The_default_directory_is_found_from_the_repository()
    {
        using var provider = Build(null);

        var kb = provider.GetRequiredService<ReloadingKnowledgeBase>();

        Assert.Equal(Path.GetFullPath(TempKnowledge.ShippedContentDirectory), kb.Directory);
        Assert.EndsWith(Path.Combine("knowledge", "content"), kb.Directory, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_validation_names_a_directory_that_does_not_exist()
    {
        using var provider = Build("/no/such/knowledge");

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("/no/such/knowledge", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(string? directory)
    {
        var settings = new Dictionary<string, string?>();
        if (directory is not null)
        {
            settings["Knowledge:Directory"] = directory;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKnowledgeBase(configuration);
        return services.BuildServiceProvider();
    }
}
