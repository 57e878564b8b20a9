namespace SupportBot.Knowledge;

/// <summary>
/// The one place that finds the repository (the folder holding SupportBot.sln) wherever a process starts, so the
/// host, the knowledge files and the demo order book agree: SUPPORTBOT_ROOT if set, else the nearest such folder
/// above the working directory, else above the binaries.
/// </summary>
public static class RepositoryLocator
{
    public const string RootVariable = "SUPPORTBOT_ROOT";

    private const string Marker = "SupportBot.sln";

    /// <summary>The repository root, or null in a deployment without the repository (binaries only).</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(RootVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        return FindAbove(Environment.CurrentDirectory) ?? FindAbove(AppContext.BaseDirectory);
    }

    /// <summary>Where relative paths hang off: the repository, else the binaries' folder (a published deployment).</summary>
    public static string Root => Find() ?? AppContext.BaseDirectory;

    /// <summary>A configured path: absolute paths stay, relative ones hang off <see cref="Root"/>. The host, the knowledge files and the demo order book all resolve this way.</summary>
    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Root, path));
    }

    /// <summary>The nearest directory at or above <paramref name="start"/> holding SupportBot.sln.</summary>
    public static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
