using System.Reflection;

namespace SupportBot.Bot.Tests.Architecture;

/// <summary>What issue 35 removed stays removed: no in-process HTTP plumbing between the bot and its own channel.</summary>
public sealed class ChannelPlumbingTests
{
    private static readonly Type[] HostTypes = typeof(SupportBot.Bot.Turns.SupportAdapter).Assembly.GetTypes();

    [Fact]
    public void No_class_in_the_host_is_an_HTTP_message_handler()
    {
        var handlers = HostTypes.Where(t => typeof(HttpMessageHandler).IsAssignableFrom(t)).Select(t => t.FullName).ToList();

        Assert.True(handlers.Count == 0, "replies go through an adapter, not a fake HTTP call: " + string.Join(", ", handlers));
    }

    [Fact]
    public void Direct_Line_has_its_own_adapter_and_the_host_knows_it_as_a_channel_adapter()
    {
        var adapter = HostTypes.Single(t => t.Name == "DirectLineAdapter");

        Assert.True(typeof(Microsoft.Bot.Builder.BotAdapter).IsAssignableFrom(adapter));
        Assert.Contains(typeof(SupportBot.Bot.Turns.IChannelAdapter), adapter.GetInterfaces());
        Assert.DoesNotContain(HostTypes, t => t.Name.Contains("InProcessChannel", StringComparison.Ordinal));
    }
}
