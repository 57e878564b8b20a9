using static SupportBot.Dialogs.Tests.Dialogs.Expect;
using static SupportBot.Dialogs.Tests.Dialogs.Script;

namespace SupportBot.Dialogs.Tests.Dialogs.Faq;

/// <summary>FAQ conversations: each entry by its own question in both languages, the menu's buttons, no match.</summary>
internal static class FaqConversations
{
    public static IEnumerable<Conversation> All
    {
        get
        {
            foreach (var entry in Snapshot.Faq.Entries)
            {
                yield return Conversation.Japanese(
                    $"faq {entry.Id} asked in Japanese",
                    new Turn(entry.Question.Ja, Answer(entry.Id), Outcome("info", "faq." + entry.Id), Says("faq.did_that_answer")),
                    Yes("ja", Says("common.closing_solved")));
                yield return Conversation.English(
                    $"faq {entry.Id} asked in English",
                    new Turn(entry.Question.En, Answer(entry.Id), Outcome("info", "faq." + entry.Id), Says("faq.did_that_answer")),
                    No("en", Says("escalation.reason.not_solved"), Escalates("not_solved")));
            }

            yield return Conversation.Japanese(
                "faq from the menu offers the questions as buttons",
                Tapping("menu.faq", "ja", Says("faq.intro"), NoOutcome),
                new Turn(Snapshot.Faq.Entries[2].Question.Ja, Answer(Snapshot.Faq.Entries[2].Id)));

            yield return Conversation.Japanese(
                "faq question that matches nothing gets no-match",
                Tapping("menu.faq", "ja", Says("faq.intro")),
                new Turn("天気はどうですか", Says("faq.no_match"), NoOutcome));
        }
    }

    private static Expect Answer(string id) =>
        SaysFrom("the answer of " + id, (k, lang) => k.Faq.Entries.First(e => e.Id == id).Answer.For(lang));
}
