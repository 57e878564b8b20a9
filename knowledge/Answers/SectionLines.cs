namespace SupportBot.Knowledge;

/// <summary>A part of the content (a table, list or text) as the lines an answer says, each with the part as its source.</summary>
public static class SectionLines
{
    public static IEnumerable<AnswerLine> Of(ContentSection section, string language)
    {
        ArgumentNullException.ThrowIfNull(section);
        var source = Path.GetFileName(section.File) + "#" + section.Id;
        foreach (var block in section.Blocks)
        {
            if (block.Text is { } text)
            {
                yield return new AnswerLine(text.For(language), source);
                continue;
            }

            foreach (var item in block.Items)
            {
                var title = item.Title is { } t ? "**" + t.For(language) + "**: " : string.Empty;
                yield return new AnswerLine("- " + title + string.Join(" / ", item.Details.Select(d => d.Text.For(language))), source);
            }
        }
    }
}
