using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Dialogs.Engine.Tests.TestDoubles;

namespace SupportBot.Dialogs.Engine.Tests;

public class DialogExtensionsTests
{
    [Fact]
    public async Task RunAsync_begins_the_dialog_then_continues_it_on_later_turns()
    {
        var state = new ConversationState(new MemoryStorage());
        var accessor = state.CreateProperty<DialogState>("DialogState");
        var component = new ComponentDialog("root");
        component.AddDialog(new WaterfallDialog("w", [Steps.Ask("text", "名前は？"), Steps.EchoResult()]));
        component.AddDialog(new TextPrompt("text"));
        var results = new List<DialogTurnStatus>();
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(state));

        await new TestFlow(adapter, async (turnContext, ct) => results.Add((await component.RunAsync(turnContext, accessor, ct)).Status))
            .Send("hi").AssertReply("名前は？")
            .Send("花子").AssertReply("got 花子")
            .StartTestAsync();

        Assert.Equal([DialogTurnStatus.Waiting, DialogTurnStatus.Complete], results);
    }
}
