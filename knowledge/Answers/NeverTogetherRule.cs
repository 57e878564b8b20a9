namespace SupportBot.Knowledge;

/// <summary>
/// Two kinds of line that contradict each other in one answer (a refund timing beside "nothing to refund"), named by
/// their sources with * for any part ("refund-timing.yaml#*/expected").
/// </summary>
public sealed record NeverTogetherRule(string Id, string First, string Second, LocalizedText Why, int Line)
{
    public static bool Matches(string pattern, string source)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(source);
        var parts = pattern.Split('*');
        if (!source.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var found = i == parts.Length - 1
                ? (source.Length - parts[i].Length >= at && source.EndsWith(parts[i], StringComparison.Ordinal) ? source.Length - parts[i].Length : -1)
                : source.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return parts.Length > 1 || source.Length == parts[0].Length;
    }
}
