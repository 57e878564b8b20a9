namespace SupportBot.Knowledge;

/// <summary>
/// recognizer.yaml as plain lists (phrases per intent, per stage, seller and payment value, "I don't know", yes and no),
/// the acts, the topics out of scope, the kana readings of its words, and intent-examples.yaml, which the trained recognizer learns from.
/// </summary>
public sealed record RecognizerVocabulary(
    IReadOnlyDictionary<string, Phrases> Intents,
    IReadOnlyDictionary<OrderStage, Phrases> Stages,
    IReadOnlyDictionary<SellerType, Phrases> Sellers,
    IReadOnlyDictionary<PaymentMethod, Phrases> Payments,
    Phrases Unknown,
    Phrases Yes,
    Phrases No,
    IntentExamples Examples,
    Phrases Frustration,
    RecognizerActs Acts,
    IReadOnlyList<OutOfScopeTopic> OutOfScope,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Readings)
{
    /// <summary>Phrases that hold a stage, seller or payment word but say no such fact (「メールが届きました」, 「ギフトカード」).</summary>
    public Phrases NotFacts { get; init; } = Phrases.None;

    /// <summary>Ways to pay that the refund table does not list (gift-card balance, points): the payment is given, its timing unknown.</summary>
    public Phrases OtherPayments { get; init; } = Phrases.None;
}
