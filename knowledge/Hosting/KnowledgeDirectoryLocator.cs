namespace SupportBot.Knowledge;

/// <summary>Finds the content directory wherever the process starts: rooted as given, else under the content root or the repository.</summary>
public static class KnowledgeDirectoryLocator
{
    public const string DefaultRelativeDirectory = "knowledge/content";

    private const string RepositoryMarker = "SupportBot.sln";

    public static string Resolve(string? configured, string? contentRoot = null)
    {
        var relative = string.IsNullOrWhiteSpace(configured) ? DefaultRelativeDirectory : configured;
        if (Path.IsPathRooted(relative))
        {
            return Path.GetFullPath(relative);
        }

        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(contentRoot))
        {
            candidates.Add(Path.Combine(contentRoot, relative));
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            if (FindRepositoryRoot(start) is { } root)
            {
                candidates.Add(Path.Combine(root, relative));
            }
        }

        candidates.Add(Path.Combine(Environment.CurrentDirectory, relative));
        return Path.GetFullPath(candidates.FirstOrDefault(Directory.Exists) ?? candidates[0]);
    }

    /// <summary>The nearest directory at or above <paramref name="start"/> holding SupportBot.sln.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, RepositoryMarker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
