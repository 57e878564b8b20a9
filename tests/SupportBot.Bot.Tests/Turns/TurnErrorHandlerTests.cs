using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Hosting;
using SupportBot.Bot.Tests.BotFrameworkEndpoint;
using SupportBot.Knowledge;
using SupportBot.Testing.Channels;

namespace SupportBot.Bot.Tests.Turns;

/// <summary>An exception inside a turn: logged, an apology for the customer, and the conversation stays usable.</summary>
public sealed class TurnErrorHandlerTests : IDisposable
{
    private const string Trigger = "boom";
    private readonly SupportBotFactory _factory = new() { TestServices = s => s.AddSingleton<IMiddleware>(new ThrowOnText(Trigger)) };

    private KnowledgeSnapshot Knowledge => _factory.Services.GetRequiredService<IKnowledgeBase>().Current;

    [Fact]
    public async Task A_failing_turn_gets_an_apology_and_the_next_message_is_answered()
    {
        using var client = _factory.CreateClient();
        var conversation = "conv-" + Guid.NewGuid().ToString("N");

        using var failing = await client.PostActivityAsync(TestActivities.Message(conversation, Trigger));
        using var next = await client.PostActivityAsync(TestActivities.Message(conversation, "こんにちは"));

        Assert.Equal(HttpStatusCode.OK, failing.StatusCode);
        var apology = Assert.Single(await failing.ReadRepliesAsync(), r => r.Type == ActivityTypes.Message);
        Assert.Equal(Knowledge.Text(MessageKeys.ErrorTurn, "ja"), apology.Text);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains(await next.ReadRepliesAsync(), r => r.Type == ActivityTypes.Message && r.Text != apology.Text);
    }

    [Fact]
    public async Task A_second_failure_in_a_row_starts_the_conversation_afresh_and_says_so()
    {
        using var client = _factory.CreateClient();
        var conversation = "conv-" + Guid.NewGuid().ToString("N");

        using var first = await client.PostActivityAsync(TestActivities.Message(conversation, Trigger, locale: "en-US"));
        using var second = await client.PostActivityAsync(TestActivities.Message(conversation, Trigger, locale: "en-US"));

        var firstText = Assert.Single(await first.ReadRepliesAsync(), r => r.Type == ActivityTypes.Message).Text;
        var secondText = Assert.Single(await second.ReadRepliesAsync(), r => r.Type == ActivityTypes.Message).Text;
        Assert.Equal(Knowledge.Text(MessageKeys.ErrorTurn, "en"), firstText);
        Assert.Equal(Knowledge.Text(MessageKeys.ErrorTurnReset, "en"), secondText);
    }

    public void Dispose() => _factory.Dispose();

    private sealed class ThrowOnText(string trigger) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Text == trigger
                ? throw new InvalidOperationException("A step failed on purpose.")
                : next(cancellationToken);
    }
}
