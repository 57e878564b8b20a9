namespace SupportBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt recognized in the user's reply.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}
