using SupportBot.Knowledge;
using SupportBot.Testing.Hosting;

namespace SupportBot.Dialogs.Benchmarks;

/// <summary>The repository's knowledge files, loaded once: what the host serves, without reload machinery.</summary>
public sealed class RepositoryKnowledgeBase : IKnowledgeBase
{
    private static readonly Lazy<KnowledgeSnapshot> Snapshot = new(() =>
    {
        var result = KnowledgeLoader.Load(Path.Combine(RepositoryRoot.Path, "knowledge", "content"));
        return result.Snapshot ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    });

    public KnowledgeSnapshot Current => Snapshot.Value;
}
