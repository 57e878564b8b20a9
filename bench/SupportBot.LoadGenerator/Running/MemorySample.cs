namespace SupportBot.LoadGenerator.Running;

/// <summary>The host's resident memory after a number of finished conversations.</summary>
public sealed record MemorySample(int Conversations, double ResidentMiB);
