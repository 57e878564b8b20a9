namespace SupportBot.Bot.Turns.Transcripts;

/// <summary>One logged activity of a conversation; the JSON is already PII-masked.</summary>
public sealed record TranscriptEntry(long Sequence, string ConversationId, string? ActivityId, DateTimeOffset RecordedAt, string MaskedActivityJson);
