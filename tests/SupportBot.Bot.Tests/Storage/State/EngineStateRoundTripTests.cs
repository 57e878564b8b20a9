using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Storage.State;
using SupportBot.Bot.Tests.Storage.TestSupport;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Engine.Prompts;
using SupportBot.Testing;
using Xunit.Abstractions;

namespace SupportBot.Bot.Tests.Storage.State;

/// <summary>The real waterfall engine over the real storages: a prompt answered after a restart lands in the same step.</summary>
public sealed class EngineStateRoundTripTests
{
    private readonly ITestOutputHelper _output;

    public EngineStateRoundTripTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_waterfall_waiting_on_a_prompt_resumes_with_its_values_after_a_restart(StorageProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var before = db.OpenInstance();
        var first = new DialogTestClient(Channels.Test, new OrderStatusDialog(), conversationState: new ConversationState(new SqlStorage(before, NullLogger<SqlStorage>.Instance)));
        Assert.Equal("ご注文の状況は？", (await first.SendActivityAsync<IMessageActivity>("キャンセルしたい"))!.Text);
        Assert.Equal("注文番号を教えてください。", (await first.SendActivityAsync<IMessageActivity>("発送済み"))!.Text);
        var key = Assert.Single(await StoredRows.KeysAsync(before));
        var stored = await StoredRows.ReadJsonAsync(before, key);
        _output.WriteLine($"{provider}: engine state waiting on the second prompt: {System.Text.Encoding.UTF8.GetByteCount(stored!)} bytes");
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(stored!), 1, 4096);
        await db.CloseInstanceAsync(before);

        var after = new DialogTestClient(Channels.Test, new OrderStatusDialog(), conversationState: new ConversationState(new SqlStorage(db.OpenInstance(), NullLogger<SqlStorage>.Instance)));
        var answer = await after.SendActivityAsync<IMessageActivity>("249-1234567-1234567");

        Assert.Equal("発送済み/249-1234567-1234567/2", answer!.Text);
        Assert.Equal(DialogTurnStatus.Complete, after.DialogTurnResult.Status);
    }

    private static class Channels
    {
        public const string Test = "emulator";
    }

    /// <summary>Two prompts and a typed value carried between steps, like the cancellation dialog.</summary>
    private sealed class OrderStatusDialog : ComponentDialog
    {
        public OrderStatusDialog()
            : base(nameof(OrderStatusDialog))
        {
            AddDialog(new WaterfallDialog("steps", [AskStatusAsync, AskOrderNumberAsync, AnswerAsync]));
            AddDialog(new ChoicePrompt(nameof(ChoicePrompt)));
            AddDialog(new TextPrompt(nameof(TextPrompt)));
        }

        private static Task<DialogTurnResult> AskStatusAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
            step.PromptAsync(nameof(ChoicePrompt), new PromptOptions
            {
                Prompt = MessageFactory.Text("ご注文の状況は？"),
                Choices = [new("未発送"), new("発送済み"), new("配達済み")],
            }, cancellationToken);

        private static Task<DialogTurnResult> AskOrderNumberAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            step.Values["status"] = ((FoundChoice)step.Result!).Value;
            step.Values["asked"] = 2;
            return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("注文番号を教えてください。") }, cancellationToken);
        }

        private static async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        {
            var text = $"{step.GetValue<string>("status")}/{step.Result}/{step.GetValue<int>("asked")}";
            await step.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }
    }
}
