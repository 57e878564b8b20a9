namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>A typical mid-dialog conversation state: main dialog, a waterfall at step 1, a choice prompt on top.</summary>
public static class SampleStates
{
    public static Dictionary<string, object> MidDialog(string orderNumber = "249-1234567-1234567")
    {
        var inquiry = new SampleOrderInquiry(orderNumber, null, 1);
        var waterfall = new SampleDialogInstance
        {
            Id = "CancellationDialog.waterfall",
            State = new Dictionary<string, object>
            {
                ["options"] = inquiry,
                ["values"] = new Dictionary<string, object> { ["orderNumber"] = orderNumber, ["turns"] = 3 },
                ["instanceId"] = "6f1c2a8e-5d3b-4c8f-9a1e-2b7d4e6f8a90",
                ["stepIndex"] = 1,
            },
        };
        var prompt = new SampleDialogInstance
        {
            Id = "ChoicePrompt",
            State = new Dictionary<string, object>
            {
                ["options"] = new Dictionary<string, object>
                {
                    ["prompt"] = "ご注文の状況を選んでください。",
                    ["choices"] = new List<object> { "未発送", "発送済み", "配達済み", "わからない" },
                },
                ["state"] = new Dictionary<string, object> { ["AttemptCount"] = 0 },
            },
        };
        var main = new SampleDialogInstance
        {
            Id = "MainDialog",
            State = new Dictionary<string, object>
            {
                ["dialogs"] = new SampleDialogState { DialogStack = [prompt, waterfall] },
            },
        };
        return new Dictionary<string, object>
        {
            ["DialogState"] = new SampleDialogState { DialogStack = [main] },
            ["FailedTurns"] = 0,
        };
    }
}
