namespace SupportBot.Dialogs.Engine;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    Empty,
    Waiting,
    Complete,
    Cancelled,
    CompleteAndWait,
}
