using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SupportBot.Knowledge;

/// <summary>
/// Adds a customer's message as an example where a lead says it belongs: under the intent in intent-examples.yaml or
/// under the FAQ entry's examples in faq.yaml, in its language, with who added it and when; the file's version rises.
/// Pure text editing: comments and layout stay as the lead wrote them.
/// </summary>
public static partial class ExampleWriter
{
    public const string IntentsFile = "intent-examples.yaml";
    public const string FaqFile = "faq.yaml";

    /// <summary>The edit, or null when the target is not in the file (or the message is empty).</summary>
    public static ExampleEdit? Add(string fileText, ExampleTarget target, string message, string who, DateTimeOffset when)
    {
        ArgumentNullException.ThrowIfNull(fileText);
        ArgumentNullException.ThrowIfNull(target);
        var example = message?.ReplaceLineEndings(" ").Trim();
        if (string.IsNullOrEmpty(example))
        {
            return null;
        }

        var language = example.Any(IsJapanese) ? "ja" : "en";
        var lines = fileText.Split('\n').ToList();
        var (listIndent, after) = target.Kind == ExampleTarget.IntentKind
            ? FindList(lines, $"  {target.Id}:", $"    {language}:")
            : FindList(lines, $"  - id: {target.Id}", "    examples:", $"      {language}:");
        if (after < 0)
        {
            return null;
        }

        var pad = new string(' ', listIndent);
        var stamp = when.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
        string[] added = [$"{pad}# {who}, {stamp} (理解できなかった発言から / from the not-understood list)", $"{pad}- \"{Escape(example)}\""];
        lines.InsertRange(after, added);
        var edits = new List<(int Line, string[] Old, string[] New)> { (after, [], added) };
        var version = lines.FindIndex(l => VersionLine().IsMatch(l));
        if (version >= 0)
        {
            var old = lines[version];
            var raised = VersionLine().Replace(old, m => "version: " + (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
            lines[version] = raised;
            edits.Insert(0, (version, [old], [raised]));
        }

        var file = target.Kind == ExampleTarget.IntentKind ? IntentsFile : FaqFile;
        return new ExampleEdit(file, string.Join('\n', lines), Patch(file, fileText.Split('\n'), edits));
    }

    /// <summary>
    /// From the line equal to <paramref name="start"/>, finds each nested header in turn (within its parent's block),
    /// and returns the indent of the list under the last one and the index after its last item; -1 when not found.
    /// </summary>
    private static (int Indent, int After) FindList(List<string> lines, string start, params string[] headers)
    {
        var at = lines.FindIndex(l => l.TrimEnd('\r') == start);
        foreach (var header in headers)
        {
            if (at < 0)
            {
                return (0, -1);
            }

            var headerIndent = Indent(header);
            var found = -1;
            for (var i = at + 1; i < lines.Count; i++)
            {
                var line = lines[i].TrimEnd('\r');
                if (IsBlankOrComment(line))
                {
                    continue;
                }

                if (Indent(line) < headerIndent)
                {
                    break;
                }

                if (line == header)
                {
                    found = i;
                    break;
                }
            }

            at = found;
        }

        if (at < 0)
        {
            return (0, -1);
        }

        var listIndent = Indent(headers[^1]) + 2;
        var after = -1;
        for (var i = at + 1; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (IsBlankOrComment(line))
            {
                continue;
            }

            if (Indent(line) < listIndent)
            {
                break;
            }

            if (Indent(line) == listIndent && line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            {
                after = i + 1;
            }
        }

        return (listIndent, after);
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static bool IsBlankOrComment(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');

    private static string Patch(string file, string[] old, List<(int Line, string[] Old, string[] New)> edits)
    {
        var patch = new StringBuilder().Append(CultureInfo.InvariantCulture, $"--- a/knowledge/content/{file}\n+++ b/knowledge/content/{file}\n");
        var shift = 0;
        foreach (var (line, removed, added) in edits)
        {
            // Edits are given in the old file's lines; the new file's line moves by what earlier hunks added.
            var oldLine = line;
            var context = Math.Min(3, oldLine);
            var after = Math.Min(3, Math.Max(0, old.Length - (oldLine + removed.Length)));
            patch.Append(CultureInfo.InvariantCulture, $"@@ -{oldLine - context + 1},{context + removed.Length + after} +{oldLine - context + 1 + shift},{context + added.Length + after} @@\n");
            for (var i = oldLine - context; i < oldLine; i++)
            {
                patch.Append(' ').Append(old[i].TrimEnd('\r')).Append('\n');
            }

            foreach (var r in removed)
            {
                patch.Append('-').Append(r.TrimEnd('\r')).Append('\n');
            }

            foreach (var a in added)
            {
                patch.Append('+').Append(a).Append('\n');
            }

            for (var i = oldLine + removed.Length; i < oldLine + removed.Length + after; i++)
            {
                patch.Append(' ').Append(old[i].TrimEnd('\r')).Append('\n');
            }

            shift += added.Length - removed.Length;
        }

        return patch.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static bool IsJapanese(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff' or >= '\uff00' and <= '\uffef';

    [GeneratedRegex(@"^version: (\d+)\s*$")]
    private static partial Regex VersionLine();
}
