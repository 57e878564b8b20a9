using System.Globalization;
using System.Text;

namespace SupportBot.Testing.Stories;

/// <summary>
/// Pass rates of a set of stories: overall (a story passes when every line does), per category (the stories
/// with a line in it), per writer; and how often the bot answered wrongly without asking, or asked "A or B?".
/// </summary>
public sealed record StoryReport(IReadOnlyList<StoryVerdict> Verdicts)
{
    public int Passed => Verdicts.Count(v => v.Passed);

    public double Rate => Verdicts.Count == 0 ? 0 : (double)Passed / Verdicts.Count;

    public IEnumerable<(string Category, int Passed, int Total)> ByCategory() =>
        Verdicts.SelectMany(v => v.Categories.Select(c => (Category: c, v.Passed)))
            .GroupBy(x => x.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(x => x.Passed), g.Count()));

    public IEnumerable<(string Writer, int Passed, int Total)> ByWriter() =>
        Verdicts.GroupBy(v => v.Story.Writer, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(v => v.Passed), g.Count()));

    public int Lines => Verdicts.Sum(v => v.Turns.Count);

    public int LinesPassed => Verdicts.Sum(v => v.Turns.Count(t => t.Passed));

    public int ConfidentWrong => Verdicts.Sum(v => v.Turns.Count(t => t.ConfidentWrong));

    public int Clarifications => Verdicts.Sum(v => v.Turns.Count(t => t.Clarified));

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{Passed} of {Verdicts.Count} stories pass ({Rate:P0}); {Verdicts.Select(v => v.Story.Writer).Distinct().Count()} writers; {LinesPassed} of {Lines} customer lines pass.");
        text.AppendLine(inv, $"Wrong answers given without asking: {ConfidentWrong} of {Lines} lines; \"A or B?\" asked: {Clarifications}.");
        text.AppendLine();
        text.AppendLine("| category | passed | stories | rate |");
        text.AppendLine("|---|---:|---:|---:|");
        foreach (var (category, passed, total) in ByCategory())
        {
            text.AppendLine(inv, $"| {category} | {passed} | {total} | {(double)passed / total:P0} |");
        }

        text.AppendLine();
        text.AppendLine("| writer | passed | stories |");
        text.AppendLine("|---|---:|---:|");
        foreach (var (writer, passed, total) in ByWriter())
        {
            text.AppendLine(inv, $"| {writer} | {passed} | {total} |");
        }

        return text.ToString();
    }
}
