using SupportBot.Dialogs.Outcomes;
using SupportBot.Knowledge;

namespace SupportBot.Dialogs.Answering;

/// <summary>An FAQ entry's answer: its question as the headline, its text, then each part of the content it shows.</summary>
public static class FaqAnswer
{
    public static OutcomeMessage Compose(KnowledgeSnapshot knowledge, FaqEntry entry, string language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(entry);
        var answer = new OutcomeMessage(knowledge, language).Headline(entry.Question.For(language));
        if (entry.Answer is { } text)
        {
            answer.Paragraph(text.For(language));
        }

        foreach (var id in entry.Shows)
        {
            answer.Show(knowledge.Sections[id]);
        }

        return answer;
    }
}
