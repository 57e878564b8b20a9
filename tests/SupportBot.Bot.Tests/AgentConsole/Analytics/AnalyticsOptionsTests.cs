using Microsoft.Extensions.Options;
using SupportBot.Bot.Tests.Hosting;

namespace SupportBot.Bot.Tests.AgentConsole.Analytics;

public sealed class AnalyticsOptionsTests
{
    [Theory]
    [InlineData("15:00")]
    [InlineData("-14:30")]
    [InlineData("nine")]
    public void The_host_refuses_to_start_with_an_offset_no_place_has(string offset)
    {
        using var factory = new SupportBotFactory
        {
            Settings = new Dictionary<string, string?> { ["Analytics:UtcOffset"] = offset, ["Knowledge:WatchForChanges"] = "false" },
        };

        var failure = Record.Exception(() => factory.CreateClient());

        Assert.True(
            failure is OptionsValidationException or InvalidOperationException,
            $"expected a refusal to start, got {failure?.GetType().Name ?? "a running host"}");
        Assert.Contains("UtcOffset", failure!.ToString(), StringComparison.Ordinal);
    }
}
