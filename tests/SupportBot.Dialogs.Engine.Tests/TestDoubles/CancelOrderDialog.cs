using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Dialogs.Engine.Prompts;

namespace SupportBot.Dialogs.Engine.Tests.TestDoubles;

/// <summary>A support-shaped component: typed options, values, a validated text prompt and a choice prompt.</summary>
internal sealed class CancelOrderDialog : ComponentDialog
{
    public CancelOrderDialog()
        : base("MainDialog")
    {
        AddDialog(new WaterfallDialog("CancellationDialog.waterfall", [RememberRequestAsync, AskShippingAsync, SummarizeAsync]));
        AddDialog(new TextPrompt("reason", ValidateReasonAsync));
        AddDialog(new ChoicePrompt("ChoicePrompt"));
    }

    public List<int> AttemptsSeen { get; } = [];

    private async Task<DialogTurnResult> RememberRequestAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["startedAt"] = 3;
        step.Values["request"] = new OrderRequest { OrderNumber = "copy", Items = ["本"] };
        return await step.PromptAsync("reason", new PromptOptions { Prompt = MessageFactory.Text("理由は？") }, ct);
    }

    private async Task<DialogTurnResult> AskShippingAsync(WaterfallStepContext step, CancellationToken ct)
    {
        step.GetOptions<OrderRequest>()!.Quantity += 1;
        step.Values["reason"] = step.Result;
        return await step.PromptAsync("ChoicePrompt", new PromptOptions
        {
            Prompt = MessageFactory.Text("発送されましたか？"),
            Choices = ChoiceFactory.ToChoices(["発送済み", "未発送"]),
        }, ct);
    }

    private async Task<DialogTurnResult> SummarizeAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var options = step.GetOptions<OrderRequest>()!;
        var copy = step.GetValue<OrderRequest>("request")!;
        var shipping = (FoundChoice)step.Result!;
        var summary = $"{options.OrderNumber} x{options.Quantity} {step.GetValue<string>("reason")} {shipping.Value} {step.GetValue<int>("startedAt")} {copy.Items[0]} step{step.Index}";
        await step.Context.SendActivityAsync(summary, cancellationToken: ct);
        return await step.EndDialogAsync(options, ct);
    }

    private Task<bool> ValidateReasonAsync(PromptValidatorContext<string> context, CancellationToken ct)
    {
        AttemptsSeen.Add(context.AttemptCount);
        return Task.FromResult(context.Recognized.Value!.Length > 2);
    }
}
