using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Orders;

namespace SupportBot.Dialogs.Tests.Orders;

public sealed class OrderSystemOptionsTests
{
    public static TheoryData<string, string?, string?> InvalidSettings => new()
    {
        { "Http", null, null },
        { "Http", "orders.example/api", null },
        { "Http", "ftp://127.0.0.1/orders", null },
        { "Http", "http://127.0.0.1:5000/", "0" },
        { "Demo", null, "-1" },
        { "None", null, "120" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Start_up_validation_fails_when_settings_are_unusable(string provider, string? baseAddress, string? timeout)
    {
        using var services = OrderSystemHost.Build(("Provider", provider), ("HttpBaseAddress", baseAddress), ("TimeoutSeconds", timeout));

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void Start_up_validation_fails_when_the_demo_database_path_is_blank()
    {
        using var services = OrderSystemHost.Build(("Provider", "Demo"), ("DemoDatabasePath", " "));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("DemoDatabasePath", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("None", null)]
    [InlineData("demo", null)]
    [InlineData("Http", "http://127.0.0.1:5000")]
    [InlineData("HTTP", "https://orders.example.com/api/")]
    public void Start_up_validation_passes_for_usable_settings(string provider, string? baseAddress)
    {
        using var services = OrderSystemHost.Build(("Provider", provider), ("HttpBaseAddress", baseAddress));

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(2, services.GetRequiredService<IOptions<OrderSystemOptions>>().Value.TimeoutSeconds);
    }

    [Fact]
    public void An_unknown_provider_fails_at_registration()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OrderSystemHost.Build(("Provider", "Sap")));

        Assert.Contains("Orders:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_order_service_is_registered_by_default()
    {
        using var services = OrderSystemHost.Build();

        Assert.Null(services.GetService<IOrderService>());
        Assert.Equal(OrderSystemProvider.None, services.GetRequiredService<IOptions<OrderSystemOptions>>().Value.Provider);
    }

    [Theory]
    [InlineData("Demo", null)]
    [InlineData("Http", "http://127.0.0.1:5000")]
    public void One_order_service_is_registered_for_a_provider(string provider, string? baseAddress)
    {
        using var services = OrderSystemHost.Build(("Provider", provider), ("HttpBaseAddress", baseAddress));

        var service = Assert.Single(services.GetServices<IOrderService>());
        Assert.Equal(provider == "Demo" ? "DemoOrderService" : "HttpOrderService", service.GetType().Name);
        Assert.Same(service, services.GetRequiredService<IOrderService>());
    }

    [Fact]
    public void A_consumer_with_an_optional_order_service_gets_null_without_a_provider()
    {
        using var services = OrderSystemHost.Build();

        var consumer = ActivatorUtilities.CreateInstance<OptionalOrderServiceConsumer>(services);

        Assert.Null(consumer.Orders);
    }

    [Fact]
    public void Relative_demo_paths_hang_off_the_repository_root()
    {
        var resolved = SupportBot.Knowledge.RepositoryLocator.Resolve(OrderSystemOptions.DefaultDemoDatabasePath);

        Assert.Equal(Path.Combine(SupportBot.Testing.Hosting.RepositoryRoot.Path, "data", "demo-orders.db"), resolved);
        Assert.Equal(Path.GetFullPath("/tmp/x.db"), SupportBot.Knowledge.RepositoryLocator.Resolve("/tmp/x.db"));
    }

    private sealed class OptionalOrderServiceConsumer(IOrderService? orders = null)
    {
        public IOrderService? Orders { get; } = orders;
    }
}
