namespace SupportBot.Bot.Turns.Transcripts;

/// <summary>One activity to append to a transcript, as unmasked JSON; the repository masks it.</summary>
public sealed record UnmaskedTranscriptLine(string? ActivityId, DateTimeOffset RecordedAt, string ActivityJson);
