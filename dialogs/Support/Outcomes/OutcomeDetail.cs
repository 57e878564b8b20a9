namespace SupportBot.Dialogs.Outcomes;

/// <summary>What waits behind an outcome's buttons: its cautions, or what to do if it does not work.</summary>
public enum OutcomeDetail
{
    Cautions,
    IfFails,
}
