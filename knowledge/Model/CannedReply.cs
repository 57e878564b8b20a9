namespace SupportBot.Knowledge;

/// <summary>A ready answer from store.yaml that an agent picks in the console and edits before sending.</summary>
public sealed record CannedReply(string Id, LocalizedText Title, LocalizedText Text);
