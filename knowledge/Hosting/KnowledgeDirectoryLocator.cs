namespace SupportBot.Knowledge;

/// <summary>Finds the content directory wherever the process starts: rooted as given, else under the content root or the repository.</summary>
public static class KnowledgeDirectoryLocator
{
    public const string DefaultRelativeDirectory = "knowledge/content";

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

        if (RepositoryLocator.Find() is { } root)
        {
            candidates.Add(Path.Combine(root, relative));
        }

        candidates.Add(Path.Combine(Environment.CurrentDirectory, relative));
        return Path.GetFullPath(candidates.FirstOrDefault(Directory.Exists) ?? candidates[0]);
    }
}
