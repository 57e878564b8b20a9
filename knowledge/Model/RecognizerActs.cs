namespace SupportBot.Knowledge;

/// <summary>recognizer.yaml's acts: how customers write a question, a change of mind, a correction, thanks, goodbye, an acknowledgement, a request for a person, a seller who does not reply, a question about when the money comes back, a polite "no need", another order, a request already made, money that has not come back, and a customer telling what happened.</summary>
public sealed record RecognizerActs(Phrases Question, Phrases ChangeOfMind, Phrases Correction, Phrases Thanks, Phrases Bye, Phrases Acknowledge, Phrases Person, Phrases SellerSilent, Phrases RefundWhen, Phrases NoNeed, Phrases AnotherOrder, Phrases AlreadyDone, Phrases MoneyMissing, Phrases Explains)
{
    public static RecognizerActs Empty { get; } = new(Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None, Phrases.None);
}
