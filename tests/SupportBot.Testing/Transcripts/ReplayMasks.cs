using System.Text.RegularExpressions;

namespace SupportBot.Testing.Transcripts;

/// <summary>
/// The one list of what changes from run to run in a recorded conversation (tests/SupportBot.Dialogs.Tests/Transcripts/
/// replay-masks.txt): ticket numbers, queue and desk lines, times. Applied to the recorded and the replayed text alike.
/// </summary>
public static class ReplayMasks
{
    public static string FilePath { get; } = Path.Combine(TranscriptFile.Directory, "replay-masks.txt");

    private static readonly Lazy<IReadOnlyList<(Regex Pattern, string Replacement)>> Rules = new(Load);

    public static string? Apply(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var (pattern, replacement) in Rules.Value)
        {
            text = pattern.Replace(text, replacement);
        }

        return text;
    }

    private static IReadOnlyList<(Regex, string)> Load() =>
    [
        .. File.ReadAllLines(FilePath)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(parts => parts.Length == 2
                ? (new Regex(parts[0], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), parts[1])
                : throw new InvalidDataException($"{FilePath}: '{parts[0]}' needs a tab and what it becomes.")),
    ];
}
