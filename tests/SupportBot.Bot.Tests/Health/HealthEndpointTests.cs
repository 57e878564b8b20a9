using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Tests.Health;

public sealed class HealthEndpointTests : IClassFixture<SupportBotFactory>
{
    private readonly SupportBotFactory _factory;

    public HealthEndpointTests(SupportBotFactory factory) => _factory = factory;

    [Fact]
    public async Task Healthz_reports_status_version_and_the_loaded_knowledge_version()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri("healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("version").GetString()));
        var expected = _factory.Services.GetRequiredService<IKnowledgeBase>().Current.Version;
        Assert.Equal(expected, json.RootElement.GetProperty("knowledge").GetProperty("version").GetString());
    }
}
