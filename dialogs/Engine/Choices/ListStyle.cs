namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    None,
    Auto,
    Inline,
    List,
    SuggestedAction,
    HeroCard,
}
