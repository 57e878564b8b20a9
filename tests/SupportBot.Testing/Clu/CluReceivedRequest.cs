namespace SupportBot.Testing.Clu;

/// <summary>One request the fake CLU server received.</summary>
public sealed record CluReceivedRequest(string Method, string Path, string Query, string? ApiKey, string ContentType, string Body, DateTimeOffset At);
