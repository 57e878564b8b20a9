namespace SupportBot.Understanding.Clu;

/// <summary>The utterance; CLU wants an id and a participant even for a single item.</summary>
internal sealed record CluConversationItem(string Text, string Language, string Id = "1", string ParticipantId = "1");
