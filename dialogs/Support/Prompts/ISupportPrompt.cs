using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Prompts;

/// <summary>A support prompt as the interruption handler sees it: which help text explains its step, and whether it reads a message.</summary>
public interface ISupportPrompt
{
    MessageKey HelpKey { get; }

    /// <summary>True when this turn's message answers the question (or is "I don't know", which the prompt explains).</summary>
    bool CanRead(Microsoft.Bot.Builder.ITurnContext turnContext);

    /// <summary>True when this turn's message is one of the question's answers (not only "I don't know").</summary>
    bool ReadsAnswer(Microsoft.Bot.Builder.ITurnContext turnContext);
}
