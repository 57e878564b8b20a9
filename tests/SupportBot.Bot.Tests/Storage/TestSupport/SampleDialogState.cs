namespace SupportBot.Bot.Tests.Storage.TestSupport;

/// <summary>Shapes like the engine's DialogState (DIALOGS-SPEC.md), defined here so storage tests do not depend on the engine.</summary>
public sealed class SampleDialogState
{
    public List<SampleDialogInstance> DialogStack { get; set; } = [];
}

public sealed class SampleDialogInstance
{
    public string Id { get; set; } = string.Empty;

    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>();
}

/// <summary>A typed waterfall option, like the cancellation dialog's order inquiry.</summary>
public sealed record SampleOrderInquiry(string OrderNumber, string? Status, int Attempts);
