namespace SupportBot.Knowledge;

/// <summary>intent-examples.yaml: example messages per intent, and the least confidence at which the classifier is believed.</summary>
public sealed record IntentExamples(IReadOnlyDictionary<string, Phrases> Intents, double MinConfidence);
