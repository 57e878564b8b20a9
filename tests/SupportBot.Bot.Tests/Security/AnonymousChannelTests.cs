using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.AgentConsole.Accounts;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.Security;

/// <summary>With authentication off, /api/messages is a tester's door: test channels only, from this machine, replying to it.</summary>
public sealed class AnonymousChannelTests : IClassFixture<SupportBotFactory>
{
    private readonly SupportBotFactory _factory;

    public AnonymousChannelTests(SupportBotFactory factory) => _factory = factory;

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    public async Task A_customer_channel_is_refused_with_a_reason_and_never_reaches_a_conversation(string channel)
    {
        using var client = _factory.CreateClient();
        var message = TestActivities.Message(NewConversationId(), "250-1234567-1234567");
        message.ChannelId = channel;

        using var response = await client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"not '{channel}'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("agents")]
    public async Task Agents_Playgrounds_channels_are_answered_in_Development_only(string channel)
    {
        using var client = _factory.CreateClient();
        var message = TestActivities.ConversationUpdate(NewConversationId());
        message.ChannelId = channel;
        await using var production = new SupportBotFactory
        {
            EnvironmentName = "Production",
            Settings = new Dictionary<string, string?> { ["BotHost:AllowAnonymousOutsideDevelopment"] = "true" },
        };
        using var productionClient = production.CreateClient();

        using var development = await client.PostActivityAsync(message);
        using var outside = await productionClient.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.OK, development.StatusCode);
        Assert.NotEmpty(await development.ReadRepliesAsync());
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
    }

    [Fact]
    public async Task A_tester_whose_channel_is_refused_reads_why_in_their_own_chat()
    {
        await using var channel = await FakeChannelServer.StartAsync();
        using var client = _factory.CreateClient();
        var message = TestActivities.Message(NewConversationId(), "こんにちは", serviceUrl: channel.ServiceUrl, expectReplies: false);
        message.ChannelId = "webchat";

        using var response = await client.PostActivityAsync(message);
        var told = Assert.Single(await channel.WaitForRepliesAsync(1, SupportBot.Testing.Time.Patience.Hang));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("webchat", told.Activity.Text, StringComparison.Ordinal);
        Assert.Contains("BotHost:AnonymousChannels", told.Activity.Text, StringComparison.Ordinal);
        Assert.Equal(message.Conversation.Id, told.ConversationId);
    }

    [Fact]
    public async Task The_emulator_channel_is_still_answered()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostActivityAsync(TestActivities.ConversationUpdate(NewConversationId()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.ReadRepliesAsync());
    }

    [Theory]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://169.254.169.254/latest/")]
    [InlineData("http://internal.example/")]
    public async Task A_service_url_off_this_machine_is_refused(string serviceUrl)
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostActivityAsync(TestActivities.Message(NewConversationId(), "hi", serviceUrl: serviceUrl));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_claiming_to_come_from_a_bot_is_refused()
    {
        using var client = _factory.CreateClient();
        var message = TestActivities.Message(NewConversationId(), "hi");
        message.From.Role = "bot";

        using var response = await client.PostActivityAsync(message);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_caller_on_another_machine_is_refused_unless_that_is_allowed()
    {
        await using var remote = new SupportBotFactory { TestServices = RemoteAddress.Of("203.0.113.9") };
        await using var allowed = new SupportBotFactory
        {
            TestServices = RemoteAddress.Of("203.0.113.9"),
            Settings = new Dictionary<string, string?> { ["BotHost:AnonymousFromLoopbackOnly"] = "false" },
        };

        using var refused = await remote.CreateClient().PostActivityAsync(TestActivities.ConversationUpdate(NewConversationId()));
        using var answered = await allowed.CreateClient().PostActivityAsync(TestActivities.ConversationUpdate(NewConversationId()));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("this machine", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Fact]
    public void Outside_Development_the_host_refuses_to_start_without_authentication_and_says_why()
    {
        using var production = new SupportBotFactory { EnvironmentName = "Production" };

        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        Assert.Contains("AllowAnonymousOutsideDevelopment", StartFailure.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_an_explicit_setting_allows_it_and_there_is_no_development_agent_account()
    {
        await using var production = new SupportBotFactory
        {
            EnvironmentName = "Production",
            Settings = new Dictionary<string, string?> { ["BotHost:AllowAnonymousOutsideDevelopment"] = "true" },
        };
        using var client = production.CreateClient();

        using var response = await client.PostActivityAsync(TestActivities.ConversationUpdate(NewConversationId()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var directory = production.Services.GetRequiredService<AgentDirectory>();
        Assert.Null(directory.DevelopmentPassword);
        Assert.False(directory.HasAccounts);
        Assert.Null(directory.Verify(AgentDirectory.DevelopmentUserName, "anything"));
    }

    private static string NewConversationId() => "anon-" + Guid.NewGuid().ToString("N");
}
