namespace SupportBot.Knowledge;

/// <summary>A paragraph (<see cref="Text"/>) or a list of items, numbered when the file's key says they are steps.</summary>
public sealed record SectionBlock(LocalizedText? Text, IReadOnlyList<SectionItem> Items, bool Numbered)
{
    public static SectionBlock Paragraph(LocalizedText text) => new(text, [], false);
}
