using SupportBot.Knowledge;

namespace SupportBot.Bot.Hosting;

/// <summary>
/// Where the repository lives, so that appsettings.json, data/ and knowledge/ are found
/// wherever the host is started (repo root, bot/, or bin/Debug/net10.0).
/// </summary>
public sealed class RepositoryPaths
{
    public RepositoryPaths(string root) => Root = Path.GetFullPath(root);

    public string Root { get; }

    /// <summary>Resolves a configured path: absolute paths stay, relative ones hang off the repository root.</summary>
    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    /// <summary>The repository found by <see cref="RepositoryLocator"/>, else the binaries' folder (a published deployment).</summary>
    public static RepositoryPaths Locate() => new(RepositoryLocator.Root);
}
