namespace SupportBot.Knowledge;

/// <summary>
/// The outcome of loading a content directory: a snapshot when it could be built, and every error found. With last
/// good texts given, a broken file is served from its last good version (<see cref="HeldBack"/>), so a snapshot
/// can come with errors; <see cref="Texts"/> are the file texts the snapshot was built from.
/// </summary>
public sealed record KnowledgeLoadResult(
    KnowledgeSnapshot? Snapshot,
    IReadOnlyList<KnowledgeError> Errors,
    IReadOnlyList<string>? HeldBack = null,
    IReadOnlyDictionary<string, string>? Texts = null)
{
    public bool Succeeded => Snapshot is not null && Errors.Count == 0;

    /// <summary>Built, but with some files still on their last good version.</summary>
    public bool Partial => Snapshot is not null && Errors.Count > 0;
}
