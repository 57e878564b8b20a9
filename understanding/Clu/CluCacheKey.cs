namespace SupportBot.Understanding.Clu;

/// <summary>An utterance exactly as sent to CLU, in its language: the same text gets the same answer.</summary>
internal sealed record CluCacheKey(string Language, string Text);
