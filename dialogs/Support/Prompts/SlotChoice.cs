using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Prompts;

/// <summary>
/// One button of a support question: the id it stands for, its label in both languages, the words customers use
/// for it, and, for "I don't know", the message that explains how to find out before asking again.
/// </summary>
public sealed record SlotChoice(string Id, LocalizedText Label, IReadOnlyList<string> Phrases, MessageKey? ExplanationKey = null)
{
    /// <summary>A button labelled by a message key.</summary>
    public static SlotChoice FromMessage(KnowledgeSnapshot knowledge, string id, MessageKey labelKey, IEnumerable<string>? phrases = null, MessageKey? explanationKey = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var label = new LocalizedText(knowledge.Text(labelKey, LocalizedText.Japanese), knowledge.Text(labelKey, LocalizedText.English));
        return new SlotChoice(id, label, [.. phrases ?? []], explanationKey);
    }
}
