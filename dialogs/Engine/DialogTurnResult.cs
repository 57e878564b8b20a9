namespace SupportBot.Dialogs.Engine;

/// <summary>The outcome of running a dialog for one turn.</summary>
public sealed class DialogTurnResult(DialogTurnStatus status, object? result = null)
{
    public DialogTurnStatus Status { get; } = status;

    public object? Result { get; } = result;
}
