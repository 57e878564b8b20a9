using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Orders;

/// <summary>
/// Resolves the demo database path like the host resolves its files: absolute paths stay; relative ones hang off
/// SUPPORTBOT_ROOT if set, else the nearest folder holding SupportBot.sln above the working directory or the
/// binaries, else the working directory.
/// </summary>
public static class OrderSystemPaths
{
    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        return Path.GetFullPath(Path.Combine(RepositoryLocator.Find() ?? Environment.CurrentDirectory, path));
    }
}
