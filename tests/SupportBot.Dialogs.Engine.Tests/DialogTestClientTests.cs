using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Tests.TestDoubles;
using SupportBot.Testing;

namespace SupportBot.Dialogs.Engine.Tests;

public class DialogTestClientTests
{
    private static WaterfallDialog TwoReplies() => new("two", [Steps.Say("一つ目"), Steps.Say("二つ目"), (step, ct) => Task.FromResult(Dialog.EndOfTurn), Steps.EchoResult()]);

    [Fact]
    public async Task SendActivityAsync_returns_the_first_reply_and_GetNextReply_the_rest_then_null()
    {
        var client = new DialogTestClient("test", TwoReplies());

        var first = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("一つ目", first!.Text);
        Assert.Equal("二つ目", client.GetNextReply<IMessageActivity>()!.Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult.Status);
    }

    [Fact]
    public async Task DialogTurnResult_holds_the_result_of_the_last_turn()
    {
        var client = new DialogTestClient("test", TwoReplies());
        await client.SendActivityAsync<IMessageActivity>("hi");
        client.GetNextReply<IMessageActivity>();

        await client.SendActivityAsync<IMessageActivity>("終わり");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        Assert.Equal("終わり", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Initial_options_reach_the_target_dialog()
    {
        OrderRequest? seen = null;
        var dialog = new WaterfallDialog("w", [(step, ct) => { seen = step.GetOptions<OrderRequest>(); return step.EndDialogAsync(null, ct); }]);
        var client = new DialogTestClient("test", dialog, new OrderRequest { OrderNumber = "D01" });

        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("D01", seen!.OrderNumber);
    }

    [Theory]
    [InlineData(null, "ja-JP")]
    [InlineData("en-US", "en-US")]
    public async Task Messages_carry_the_client_locale(string? locale, string expected)
    {
        string? seen = null;
        var dialog = new WaterfallDialog("w", [(step, ct) => { seen = step.Context.Activity.Locale; return step.EndDialogAsync(null, ct); }]);
        var client = locale is null ? new DialogTestClient("test", dialog) : new DialogTestClient("test", dialog, locale: locale);

        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal(expected, seen);
        Assert.Equal(expected, client.Locale);
    }

    [Fact]
    public async Task Middlewares_run_on_every_turn()
    {
        var seen = new List<string>();
        var middleware = new RecordingMiddleware(seen);
        var client = new DialogTestClient("test", TwoReplies(), middlewares: [middleware]);

        await client.SendActivityAsync<IMessageActivity>(new Activity(ActivityTypes.ConversationUpdate));

        Assert.Equal([ActivityTypes.ConversationUpdate], seen);
    }

    private sealed class RecordingMiddleware(List<string> seen) : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            seen.Add(turnContext.Activity.Type);
            return next(cancellationToken);
        }
    }
}
