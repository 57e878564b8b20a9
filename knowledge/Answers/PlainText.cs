namespace SupportBot.Knowledge;

/// <summary>Text as a reader sees it: markdown marks (bold, bullets) do not count toward a bubble's length.</summary>
public static class PlainText
{
    public static string Of(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var lines = markdown.Replace("**", string.Empty, StringComparison.Ordinal).Split('\n');
        return string.Join("\n", lines.Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l));
    }

    public static int Length(string markdown) => Of(markdown).Length;
}
