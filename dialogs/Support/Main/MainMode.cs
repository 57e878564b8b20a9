namespace SupportBot.Dialogs.Main;

public enum MainMode
{
    Route,
    Menu,
    Rest,
}
