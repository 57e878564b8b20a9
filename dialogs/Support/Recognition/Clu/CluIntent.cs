namespace SupportBot.Dialogs.Recognition.Clu;

/// <summary>One intent (or orchestration target) CLU scored.</summary>
public sealed record CluIntent(string Category, double ConfidenceScore);
