namespace SupportBot.Bot.Hosting;

/// <summary>
/// Where the repository lives, so that appsettings.json, data/ and knowledge/ are found
/// wherever the host is started (repo root, bot/, or bin/Debug/net10.0).
/// </summary>
public sealed class RepositoryPaths
{
    private const string Marker = "SupportBot.sln";

    public RepositoryPaths(string root) => Root = Path.GetFullPath(root);

    public string Root { get; }

    /// <summary>Resolves a configured path: absolute paths stay, relative ones hang off the repository root.</summary>
    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    /// <summary>
    /// Finds the root: SUPPORTBOT_ROOT if set, else the nearest folder holding SupportBot.sln above the
    /// working directory or the binaries, else the binaries' folder (a published deployment).
    /// </summary>
    public static RepositoryPaths Locate()
    {
        var configured = Environment.GetEnvironmentVariable("SUPPORTBOT_ROOT");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new RepositoryPaths(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                {
                    return new RepositoryPaths(dir.FullName);
                }
            }
        }

        return new RepositoryPaths(AppContext.BaseDirectory);
    }
}
