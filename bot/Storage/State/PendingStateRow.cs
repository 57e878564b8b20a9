namespace SupportBot.Bot.Storage.State;

/// <summary>A state write held for the turn's commit: <see cref="Json"/> null deletes the key.</summary>
public sealed record PendingStateRow(string Key, string? Json, string? ExpectedETag);
