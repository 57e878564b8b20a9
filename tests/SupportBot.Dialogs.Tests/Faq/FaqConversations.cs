using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Faq;

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
                    new Turn(entry.Question.Ja, Answer(entry.Id), Outcome("info", "faq." + entry.Id), Says(MessageKeys.FaqDidThatAnswer)),
                    Yes("ja", Says(MessageKeys.CommonClosingSolved)));
                yield return Conversation.English(
                    $"faq {entry.Id} asked in English",
                    new Turn(entry.Question.En, Answer(entry.Id), Outcome("info", "faq." + entry.Id), Says(MessageKeys.FaqDidThatAnswer)),
                    No("en", Escalates("not_solved")));
            }

            yield return Conversation.Japanese(
                "faq from the menu offers the questions as buttons",
                Tapping(Label.Menu(MenuTopics.Faq), "ja", Says(MessageKeys.FaqIntro), NoOutcome),
                new Turn(Snapshot.Faq.Entries[2].Question.Ja, Answer(Snapshot.Faq.Entries[2].Id)));

            yield return Conversation.Japanese(
                "faq question that matches nothing gets no-match",
                Tapping(Label.Menu(MenuTopics.Faq), "ja", Says(MessageKeys.FaqIntro)),
                new Turn("天気はどうですか", Says(MessageKeys.FaqNoMatch), NoOutcome));
        }
    }

    private static Expect Answer(string id) =>
        SaysFrom("the answer of " + id, (k, lang) => SupportBot.Dialogs.Answering.FaqAnswer.Compose(k, k.Faq.Entries.First(e => e.Id == id), lang).BuildText().Text);
}
