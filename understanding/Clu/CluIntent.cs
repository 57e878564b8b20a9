namespace SupportBot.Understanding.Clu;

/// <summary>One intent (or orchestration target) CLU scored.</summary>
public sealed record CluIntent(string Category, double ConfidenceScore);
