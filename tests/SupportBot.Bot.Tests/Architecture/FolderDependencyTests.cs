using System.Text.RegularExpressions;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Architecture;

/// <summary>
/// bot/'s top-level folders are concepts layered one way: a folder may use another only if that one, directly or
/// through others, never uses it back. Read from the sources (namespaces mirror folders), so a new back-reference
/// fails here, naming the files on both sides.
/// </summary>
public sealed partial class FolderDependencyTests
{
    [Fact]
    public void No_bot_folder_depends_on_one_that_depends_back_on_it()
    {
        var graph = Dependencies();
        var cycles = new List<string>();
        foreach (var (from, edges) in graph)
        {
            foreach (var to in edges.Keys)
            {
                var back = PathBetween(graph, to, from);
                if (back is not null)
                {
                    cycles.Add($"{from} → {string.Join(" → ", back!)} (first step in {string.Join(", ", edges[to])})");
                }
            }
        }

        Assert.True(cycles.Count == 0, "cycles between bot/ folders:\n" + string.Join('\n', cycles.Distinct()));
    }

    /// <summary>
    /// One level down: inside each bot/ folder, knowledge/ and dialogs/Support/, the sub-folders are layered one way too (the folder's own files, "."
    /// here, are counted as users of sub-folders only: a sub-folder reaches its parent's namespace without a using).
    /// </summary>
    [Fact]
    public void No_sub_folder_depends_on_one_that_depends_back_on_it()
    {
        var cycles = new List<string>();
        var bot = Path.Combine(RepositoryRoot.Path, "bot");
        var areas = TopFolders(bot).Select(folder => (Name: folder, Root: Path.Combine(bot, folder), Namespace: "SupportBot.Bot." + folder))
            .Append(("knowledge", Path.Combine(RepositoryRoot.Path, "knowledge"), "SupportBot.Knowledge"))
            .Append(("dialogs/Support", Path.Combine(RepositoryRoot.Path, "dialogs", "Support"), "SupportBot.Dialogs"));
        foreach (var (folder, root, space) in areas)
        {
            var graph = SubFolderDependencies(root, space);
            foreach (var (from, edges) in graph)
            {
                foreach (var to in edges.Keys)
                {
                    if (PathBetween(graph, to, from) is { } back)
                    {
                        cycles.Add($"{folder}: {from} → {string.Join(" → ", back)} (first step in {string.Join(", ", edges[to].Distinct())})");
                    }
                }
            }
        }

        Assert.True(cycles.Count == 0, "cycles between sub-folders:\n" + string.Join('\n', cycles.Distinct()));
    }

    [Fact]
    public void The_check_sees_the_folders_and_their_dependencies()
    {
        var graph = Dependencies();

        Assert.Contains("Turns", graph.Keys);
        Assert.Contains("Turns", graph["BotFrameworkEndpoint"].Keys);
        Assert.Contains("Escalation", graph["AgentConsole"].Keys);
    }

    [Fact]
    public void A_two_way_dependency_is_found() =>
        Assert.NotNull(PathBetween(
            new Dictionary<string, Dictionary<string, List<string>>>
            {
                ["A"] = new() { ["B"] = ["a.cs"] },
                ["B"] = new() { ["C"] = ["b.cs"] },
                ["C"] = new() { ["A"] = ["c.cs"] },
            },
            "B",
            "A"));

    private static IEnumerable<string> TopFolders(string bot) =>
        Directory.GetDirectories(bot).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("bin" or "obj" or "web" or "wwwroot"));

    /// <summary>Inside <paramref name="root"/>: sub-folder (or "." for its own files) → sub-folders it names (`Namespace.Sub`) → the files.</summary>
    private static Dictionary<string, Dictionary<string, List<string>>> SubFolderDependencies(string root, string space)
    {
        var graph = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        var pattern = new Regex(@"\b" + Regex.Escape(space) + @"\.([A-Za-z]+)\b");
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                              && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(root, file);
            var own = relative.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) ? relative.Split(Path.DirectorySeparatorChar)[0] : ".";
            var edges = graph.TryGetValue(own, out var found) ? found : graph[own] = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var used in pattern.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct())
            {
                if (used != own && Directory.Exists(Path.Combine(root, used)))
                {
                    (edges.TryGetValue(used, out var files) ? files : edges[used] = []).Add(Path.GetFileName(file));
                }
            }
        }

        return graph;
    }

    /// <summary>Folder → folders it names (`SupportBot.Bot.X`) → the files that name them.</summary>
    private static Dictionary<string, Dictionary<string, List<string>>> Dependencies()
    {
        var bot = Path.Combine(RepositoryRoot.Path, "bot");
        var graph = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(bot).Select(Path.GetFileName).OfType<string>()
                     .Where(f => f is not ("bin" or "obj" or "web" or "wwwroot")))
        {
            var edges = graph[folder] = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(bot, folder), "*.cs", SearchOption.AllDirectories))
            {
                foreach (var used in BotNamespace().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct())
                {
                    if (used != folder && Directory.Exists(Path.Combine(bot, used)))
                    {
                        (edges.TryGetValue(used, out var files) ? files : edges[used] = []).Add(Path.GetFileName(file));
                    }
                }
            }
        }

        return graph;
    }

    /// <summary>The folders from <paramref name="from"/> to <paramref name="to"/> along dependencies, or null.</summary>
    private static List<string>? PathBetween(Dictionary<string, Dictionary<string, List<string>>> graph, string from, string to)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal) { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (at == to)
            {
                var path = new List<string> { to };
                while (path[0] != from)
                {
                    path.Insert(0, previous[path[0]]);
                }

                return path;
            }

            foreach (var next in graph.GetValueOrDefault(at)?.Keys ?? Enumerable.Empty<string>())
            {
                if (previous.TryAdd(next, at))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bSupportBot\.Bot\.([A-Za-z]+)")]
    private static partial Regex BotNamespace();
}
