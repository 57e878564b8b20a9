using Newtonsoft.Json.Linq;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.Health;

/// <summary>/healthz tells anyone whether the bot is well, and only this machine's operators where and why.</summary>
public sealed class HealthExposureTests
{
    [Fact]
    public async Task A_remote_caller_sees_status_and_version_only()
    {
        await using var host = new SupportBotFactory { TestServices = RemoteAddress.Of("198.51.100.7") };

        var report = await ReadAsync(host);

        Assert.Equal(["status", "version"], report.Properties().Select(p => p.Name).Order());
        Assert.Equal("ok", (string?)report["status"]);
    }

    [Fact]
    public async Task This_machine_and_an_explicit_setting_see_the_details()
    {
        await using var local = new SupportBotFactory { TestServices = RemoteAddress.Of("127.0.0.1") };
        await using var allowed = new SupportBotFactory
        {
            TestServices = RemoteAddress.Of("198.51.100.7"),
            Settings = new Dictionary<string, string?> { ["Health:DetailsFromLoopbackOnly"] = "false" },
        };

        Assert.NotNull((await ReadAsync(local))["knowledge"]);
        Assert.NotNull((await ReadAsync(allowed))["knowledge"]);
    }

    private static async Task<JObject> ReadAsync(SupportBotFactory host)
    {
        using var client = host.CreateClient();
        return JObject.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative)));
    }
}
