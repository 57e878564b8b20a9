namespace SupportBot.Knowledge;

/// <summary>The outcome of loading a content directory: a snapshot when valid, otherwise the errors.</summary>
public sealed record KnowledgeLoadResult(KnowledgeSnapshot? Snapshot, IReadOnlyList<KnowledgeError> Errors)
{
    public bool Succeeded => Snapshot is not null && Errors.Count == 0;
}
