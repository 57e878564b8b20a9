namespace SupportBot.Knowledge;

/// <summary>What /healthz shows about the knowledge base; Status is "ok", or "degraded" while the last reload failed.</summary>
public sealed record KnowledgeHealthReport(
    string Status,
    string Version,
    string Directory,
    DateTimeOffset LoadedAt,
    DateTimeOffset? LastReloadAt,
    bool LastReloadSucceeded,
    IReadOnlyList<string> Errors);
