using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Slots;

/// <summary>
/// One button of a support question: the id it stands for, its label in both languages, the words customers use
/// for it, and, for "I don't know", the message that explains how to find out before asking again (with the lines
/// under it, such as how to see each status).
/// </summary>
public sealed record SlotChoice(
    string Id,
    LocalizedText Label,
    IReadOnlyList<string> Phrases,
    MessageKey? ExplanationKey = null,
    IReadOnlyList<LocalizedText>? ExplanationLines = null)
{
    /// <summary>False for an option that is understood when typed but not offered as a button.</summary>
    public bool Shown { get; init; } = true;

    /// <summary>A button labelled by a message key.</summary>
    public static SlotChoice FromMessage(
        KnowledgeSnapshot knowledge,
        string id,
        MessageKey labelKey,
        IEnumerable<string>? phrases = null,
        MessageKey? explanationKey = null,
        IReadOnlyList<LocalizedText>? explanationLines = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var label = new LocalizedText(knowledge.Text(labelKey, LocalizedText.Japanese), knowledge.Text(labelKey, LocalizedText.English));
        return new SlotChoice(id, label, [.. phrases ?? []], explanationKey, explanationLines);
    }

    /// <summary>The explanation as sent: the message, then its lines as a list.</summary>
    public string Explanation(KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var lead = ExplanationKey is null ? string.Empty : knowledge.Text(ExplanationKey, language);
        return ExplanationLines is not { Count: > 0 } lines ? lead : lead + "\n\n" + string.Join("\n", lines.Select(l => "- " + l.For(language)));
    }
}
