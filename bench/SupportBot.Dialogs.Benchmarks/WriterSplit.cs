using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Benchmarks;

/// <summary>
/// The examples each independent writer contributed, found by the "# writer Dn" comments above their blocks in
/// intent-examples.yaml (label: the intent) and faq.yaml (label: the entry); and the knowledge files without them.
/// A block's source is the file its comment names: a writer's own examples (Recognition/Data/writers/) or lines taken
/// from their development stories (Stories/development/).
/// </summary>
public static partial class WriterSplit
{
    public static IReadOnlyList<(string Writer, string Label, string Text, bool FromStories)> Examples(string yamlPath, bool faq)
    {
        var found = new List<(string, string, string, bool)>();
        string? label = null;
        string? writer = null;
        var fromStories = false;
        foreach (var line in File.ReadLines(yamlPath))
        {
            if ((faq ? EntryId() : IntentName()).Match(line) is { Success: true } m)
            {
                (label, writer) = (m.Groups[1].Value, null);
            }
            else if (WriterComment().Match(line) is { Success: true } w)
            {
                writer = w.Groups[1].Value;
                fromStories = line.Contains("/Stories/", StringComparison.Ordinal);
            }
            else if (Item().Match(line) is { Success: true } item && writer is not null && label is not null)
            {
                found.Add((writer, label, Regex.Unescape(item.Groups[1].Value), fromStories));
            }
            else if (!Item().IsMatch(line))
            {
                writer = null;
            }
        }

        return found;
    }

    /// <summary>A copy of the knowledge content without <paramref name="writer"/>'s blocks.</summary>
    public static DirectoryInfo ContentWithout(string content, string writer)
    {
        var copy = Directory.CreateTempSubdirectory("writer-split-");
        foreach (var file in Directory.GetFiles(content))
        {
            var lines = File.ReadAllLines(file);
            var kept = new List<string>();
            var skipping = false;
            foreach (var line in lines)
            {
                if (WriterComment().Match(line) is { Success: true } w)
                {
                    skipping = w.Groups[1].Value == writer;
                    if (skipping)
                    {
                        continue;
                    }
                }
                else if (!Item().IsMatch(line))
                {
                    skipping = false;
                }

                if (!skipping)
                {
                    kept.Add(line);
                }
            }

            File.WriteAllLines(Path.Combine(copy.FullName, Path.GetFileName(file)), kept);
        }

        var schemas = Path.Combine(Path.GetDirectoryName(content)!, "schemas");
        Directory.CreateDirectory(Path.Combine(copy.Parent!.FullName, "schemas"));
        foreach (var schema in Directory.GetFiles(schemas))
        {
            File.Copy(schema, Path.Combine(copy.Parent!.FullName, "schemas", Path.GetFileName(schema)), overwrite: true);
        }

        return copy;
    }

    [GeneratedRegex(@"^  ([A-Za-z]+):\s*$")]
    private static partial Regex IntentName();

    [GeneratedRegex(@"^  - id: (\S+)")]
    private static partial Regex EntryId();

    [GeneratedRegex(@"^\s+# writer (\w+)")]
    private static partial Regex WriterComment();

    [GeneratedRegex(@"^\s+- ""(.*)""\s*$")]
    private static partial Regex Item();
}
