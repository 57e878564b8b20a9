using System.Globalization;

namespace SupportBot.Dialogs.Tests.Recognition;

/// <summary>One row of Data/utterances*.tsv: what a customer typed, the intent and the entities it should give.</summary>
internal sealed record LabelledUtterance(string Text, string Intent, IReadOnlyDictionary<string, string> Entities, bool Japanese)
{
    /// <summary>"Now" for every labelled utterance, so "3日前" and "11/20" have one right answer.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(9));

    public static IReadOnlyList<LabelledUtterance> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Recognition", "Data", fileName);
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Parse)
            .ToList();
    }

    private static LabelledUtterance Parse(string line)
    {
        var columns = line.Split('\t');
        // Intent-only sets (utterances.unseen.tsv) have two columns.
        if (columns.Length is not (2 or 3))
        {
            throw new FormatException("expected text, intent and optional entities separated by tabs: " + line);
        }

        var entities = (columns.Length == 3 ? columns[2] : string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        var japanese = columns[0].Any(c => c > '\u3000' && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherSymbol);
        return new LabelledUtterance(columns[0], columns[1], entities, japanese);
    }
}
