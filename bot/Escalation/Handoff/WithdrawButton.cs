using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Escalation.Handoff;

/// <summary>The customer's way back to the bot while waiting: a button, its label in either language, or a bare "quit" word.</summary>
public static class WithdrawButton
{
    private const string QuitIntent = "Quit";

    public static SuggestedActions Actions(KnowledgeSnapshot knowledge, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var label = knowledge.Text(MessageKeys.EscalationWithdrawButton, language);
        return new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, label, value: label)] };
    }

    /// <summary>
    /// True for the button's label (Japanese or English) and, when nobody has answered yet, for a message that is
    /// only one of the recognizer's quit words ("やめる", "never mind"); longer sentences go to the person.
    /// </summary>
    public static bool IsWithdrawal(string? text, KnowledgeSnapshot knowledge, bool waiting)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var folded = TextNormalizer.Fold(text);
        if (folded.Length == 0)
        {
            return false;
        }

        if (folded == TextNormalizer.Fold(knowledge.Text(MessageKeys.EscalationWithdrawButton, "ja"))
            || folded == TextNormalizer.Fold(knowledge.Text(MessageKeys.EscalationWithdrawButton, "en")))
        {
            return true;
        }

        return waiting
            && knowledge.Vocabulary.Intents.TryGetValue(QuitIntent, out var quit)
            && quit.All.Any(word => TextNormalizer.Fold(word) == folded);
    }
}
