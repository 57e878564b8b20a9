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

    [Fact]
    public void The_check_sees_the_folders_and_their_dependencies()
    {
        var graph = Dependencies();

        Assert.Contains("Turns", graph.Keys);
        Assert.Contains("Turns", graph["Messages"].Keys);
        Assert.Contains("Escalation", graph["Agent"].Keys);
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
