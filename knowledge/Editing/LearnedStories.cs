using System.Globalization;
using System.Text;

namespace SupportBot.Knowledge;

/// <summary>
/// A missed message a lead turned into an example also becomes a one-line conversation story (the format of
/// bench/stories/README.md) in content/stories/learned.yaml, so the test command keeps it answered from then on.
/// The subfolder is not read as knowledge (only content/*.yaml is).
/// </summary>
public static class LearnedStories
{
    public const string Folder = "stories";
    public const string FileName = "learned.yaml";

    public static string PathIn(string contentDirectory) => System.IO.Path.Combine(contentDirectory, Folder, FileName);

    /// <summary>The file's text with the story added (a new file gets its header).</summary>
    public static string Add(string? fileText, ExampleTarget target, string message, string who, DateTimeOffset when)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(message);
        var text = new StringBuilder(string.IsNullOrEmpty(fileText)
            ? "writer: console\npersona: \"Messages the bot once missed, turned into examples by support leads in the console\"\nstories:\n"
            : fileText.TrimEnd('\n') + "\n");
        var english = !message.Any(c => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff');
        var stamp = when.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        // What a good agent achieves: out of scope is declined by name; anything else is simply not "not understood".
        var (acts, expect) = target switch
        {
            { Kind: ExampleTarget.IntentKind, Id: "OutOfScope" } => ("[out_of_scope]", "\n        expect:\n          declines_topic: true"),
            { Kind: ExampleTarget.IntentKind, Id: "Human" } => ("[person]", "\n        expect:\n          offers_person: true"),
            { Kind: ExampleTarget.FaqKind } => ("[question]", string.Empty),
            _ => ("[request]", string.Empty),
        };
        text.Append(CultureInfo.InvariantCulture, $"  - id: console-{stamp}-{target.Id}\n")
            .Append(CultureInfo.InvariantCulture, $"    locale: {(english ? "en-US" : "ja-JP")}\n")
            .Append(CultureInfo.InvariantCulture, $"    situation: \"{Escape(who)} added it as {target.Value}\"\n")
            .Append("    turns:\n")
            .Append(CultureInfo.InvariantCulture, $"      - say: \"{Escape(message.ReplaceLineEndings(" ").Trim())}\"\n")
            .Append(CultureInfo.InvariantCulture, $"        acts: {acts}{expect}\n");
        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
