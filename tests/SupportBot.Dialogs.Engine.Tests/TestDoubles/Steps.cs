using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Prompts;

namespace SupportBot.Dialogs.Engine.Tests.TestDoubles;

/// <summary>Small waterfall steps shared by the tests.</summary>
internal static class Steps
{
    public static WaterfallStep Ask(string promptId, string text) =>
        (step, ct) => step.PromptAsync(promptId, new PromptOptions { Prompt = MessageFactory.Text(text) }, ct);

    public static WaterfallStep Say(string text) =>
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync(text, cancellationToken: ct);
            return await step.NextAsync(step.Result, ct);
        };

    public static WaterfallStep EndWith(object? result) => (step, ct) => step.EndDialogAsync(result, ct);

    public static WaterfallStep EchoResult() =>
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync($"got {step.Result}", cancellationToken: ct);
            return await step.EndDialogAsync(step.Result, ct);
        };
}
