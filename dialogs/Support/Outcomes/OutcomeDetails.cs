using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Outcomes;

/// <summary>The buttons that show an outcome's details, and reading a reply as one of them.</summary>
public static class OutcomeDetails
{
    public static IReadOnlyList<MessageKey> Buttons { get; } = [MessageKeys.OutcomeShowCautions, MessageKeys.OutcomeShowIfFails];

    /// <summary>The detail a reply asks for (its button's label in either language), or null.</summary>
    public static OutcomeDetail? Read(string? text, KnowledgeSnapshot knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var typed = text?.Trim();
        if (string.IsNullOrEmpty(typed))
        {
            return null;
        }

        foreach (var (key, detail) in new[] { (MessageKeys.OutcomeShowCautions, OutcomeDetail.Cautions), (MessageKeys.OutcomeShowIfFails, OutcomeDetail.IfFails) })
        {
            var label = knowledge.Messages.Template(key.Name).Text;
            if (string.Equals(typed, label.Ja, StringComparison.OrdinalIgnoreCase) || string.Equals(typed, label.En, StringComparison.OrdinalIgnoreCase))
            {
                return detail;
            }
        }

        return null;
    }

    /// <summary>The bubbles a detail shows.</summary>
    public static IReadOnlyList<AnswerBubble> Of(ComposedOutcome outcome, OutcomeDetail detail)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return detail == OutcomeDetail.Cautions ? outcome.Cautions : outcome.IfFails;
    }
}
