namespace SupportBot.Knowledge;

/// <summary>A topic this chat does not handle (recognizer.yaml's out_of_scope): its id, its name in the reply, its words.</summary>
public sealed record OutOfScopeTopic(string Id, LocalizedText Label, Phrases Words);
