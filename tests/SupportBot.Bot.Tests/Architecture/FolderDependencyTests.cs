using System.Text.RegularExpressions;
using SupportBot.Testing.Hosting;

namespace SupportBot.Bot.Tests.Architecture;

/// <summary>
/// bot/'s top-level folders are concepts layered one way: a folder may use another only if that one, directly or
/// through others, never uses it back. Read from the sources (namespaces mirror folders), so a new back-reference
/// fails here, naming the files on both sides.
/// </summary>
public sealed class FolderDependencyTests
{
    [Fact]
    public void No_bot_folder_depends_on_one_that_depends_back_on_it()
    {
        var cycles = Cycles(BotFolders(), string.Empty).ToList();

        Assert.True(cycles.Count == 0, "cycles between bot/ folders:\n" + string.Join('\n', cycles));
    }

    /// <summary>
    /// One level down: inside each bot/ folder, knowledge/, dialogs/Support/ and understanding/, the sub-folders are layered one way too (the folder's own files, "."
    /// here, are counted as users of sub-folders only: a sub-folder reaches its parent's namespace without a using).
    /// </summary>
    [Fact]
    public void No_sub_folder_depends_on_one_that_depends_back_on_it()
    {
        var bot = Path.Combine(RepositoryRoot.Path, "bot");
        var areas = TopFolders(bot).Select(folder => (Name: folder, Root: Path.Combine(bot, folder), Namespace: "SupportBot.Bot." + folder))
            .Append((Name: "knowledge", Root: Path.Combine(RepositoryRoot.Path, "knowledge"), Namespace: "SupportBot.Knowledge"))
            .Append((Name: "dialogs/Support", Root: Path.Combine(RepositoryRoot.Path, "dialogs", "Support"), Namespace: "SupportBot.Dialogs"))
            .Append((Name: "understanding", Root: Path.Combine(RepositoryRoot.Path, "understanding"), Namespace: "SupportBot.Understanding"));
        var cycles = areas.SelectMany(area => Cycles(Dependencies(area.Root, area.Namespace, SubFolders(area.Root)), area.Name + ": ")).ToList();

        Assert.True(cycles.Count == 0, "cycles between sub-folders:\n" + string.Join('\n', cycles));
    }

    [Fact]
    public void The_check_sees_the_folders_and_their_dependencies()
    {
        var graph = BotFolders();

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
        SubFolders(bot).Where(f => f is not ("web" or "wwwroot"));

    private static IEnumerable<string> SubFolders(string root) =>
        Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Where(f => f is not ("bin" or "obj"));

    /// <summary>bot/'s folders and what they name (`SupportBot.Bot.X`).</summary>
    private static Dictionary<string, Dictionary<string, List<string>>> BotFolders()
    {
        var bot = Path.Combine(RepositoryRoot.Path, "bot");
        return Dependencies(bot, "SupportBot.Bot", TopFolders(bot));
    }

    /// <summary>
    /// Inside <paramref name="root"/>: each of <paramref name="folders"/> (and "." for the root's own files) → the
    /// folders it names (`Namespace.Folder`) → the files that name them.
    /// </summary>
    private static Dictionary<string, Dictionary<string, List<string>>> Dependencies(string root, string space, IEnumerable<string> folders)
    {
        var graph = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        var pattern = new Regex(@"\b" + Regex.Escape(space) + @"\.([A-Za-z]+)\b");
        var files = Directory.EnumerateFiles(root, "*.cs").Select(file => (Own: ".", File: file))
            .Concat(folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories).Select(file => (Own: folder, File: file))));
        foreach (var (own, file) in files)
        {
            var edges = graph.TryGetValue(own, out var found) ? found : graph[own] = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var used in pattern.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct())
            {
                if (used != own && Directory.Exists(Path.Combine(root, used)))
                {
                    (edges.TryGetValue(used, out var users) ? users : edges[used] = []).Add(Path.GetFileName(file));
                }
            }
        }

        return graph;
    }

    /// <summary>Each dependency that leads back to where it started, with the files of its first step.</summary>
    private static IEnumerable<string> Cycles(Dictionary<string, Dictionary<string, List<string>>> graph, string prefix) =>
        graph.SelectMany(from => from.Value.Keys
                .Select(to => (To: to, Back: PathBetween(graph, to, from.Key)))
                .Where(step => step.Back is not null)
                .Select(step => $"{prefix}{from.Key} → {string.Join(" → ", step.Back!)} (first step in {string.Join(", ", from.Value[step.To].Distinct())})"))
            .Distinct();

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

}
