namespace SupportBot.Dialogs.Engine;

/// <summary>Why a dialog was started, resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
