namespace SupportBot.Dialogs.Prompts;

/// <summary>A support prompt as the interruption handler sees it: which help text explains its step.</summary>
public interface ISupportPrompt
{
    string HelpKey { get; }
}
