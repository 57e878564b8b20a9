using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;

namespace SupportBot.Testing.Knowledge;

/// <summary>The repository's real knowledge files, loaded once, as a fixed knowledge base.</summary>
public sealed class RepositoryKnowledge : IKnowledgeBase
{
    private static readonly Lazy<KnowledgeSnapshot> Snapshot = new(Load);

    public static RepositoryKnowledge Instance { get; } = new();

    public KnowledgeSnapshot Current => Snapshot.Value;

    private static KnowledgeSnapshot Load()
    {
        var result = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Path, "knowledge", "content"));
        return result.Succeeded
            ? result.Snapshot!
            : throw new InvalidOperationException("knowledge/content does not load: " + string.Join("; ", result.Errors));
    }
}
