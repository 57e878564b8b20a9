using System.Diagnostics;
using SupportBot.Testing.Hosting;
using SupportBot.Testing.Stories;

namespace SupportBot.Dialogs.Benchmarks;

/// <summary>
/// Plays a folder of stories (by default the blind ones, bench/stories/blind) and prints the pass rates per category
/// and per writer, the confident mistakes, and the mean time per customer line. --failures prints each failed story (--all every story):
/// only for development stories, since reading a blind story's failure makes it a development story.
/// </summary>
public static class StoryBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
            ?? Path.Combine(RepositoryRoot.Path, "bench", "stories", "blind");
        var stories = StoryFileReader.ReadDirectory(folder);
        var runner = DialogStories.Runner(new RepositoryKnowledgeBase());
        var clock = Stopwatch.StartNew();
        var verdicts = new List<StoryVerdict>();
        foreach (var story in stories)
        {
            verdicts.Add(await runner.RunAsync(story));
        }

        clock.Stop();
        var report = new StoryReport(verdicts);
        Console.WriteLine("Stories in " + Path.GetRelativePath(RepositoryRoot.Path, folder));
        Console.WriteLine(report.ToMarkdown());
        Console.WriteLine($"{clock.Elapsed.TotalMilliseconds * 1000 / Math.Max(1, report.Lines):F0} µs per customer line (first story includes training).");
        // --all prints every story's lines and replies (to follow one conversation), --failures the failed ones.
        if (args.Contains("--failures") || args.Contains("--all"))
        {
            foreach (var verdict in verdicts.Where(v => !v.Passed || args.Contains("--all")))
            {
                Console.WriteLine();
                Console.WriteLine(verdict.Describe());
            }
        }

        return 0;
    }
}
