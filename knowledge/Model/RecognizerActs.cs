namespace SupportBot.Knowledge;

/// <summary>recognizer.yaml's acts: how customers write a question, a change of mind, a correction, thanks, goodbye, an acknowledgement and a request for a person.</summary>
public sealed record RecognizerActs(Phrases Question, Phrases ChangeOfMind, Phrases Correction, Phrases Thanks, Phrases Bye, Phrases Acknowledge, Phrases Person)
{
    public static RecognizerActs Empty { get; } = new(Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None);
}
