using SupportBot.Dialogs.Slots;
using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Knowledge;
using SupportBot.Testing.Escalation;
using SupportBot.Understanding;

namespace SupportBot.Dialogs.Tests.Slots;

/// <summary>The topic table is the only map from intents, menu buttons and topics to dialogs: it must be whole and unambiguous.</summary>
public sealed class SupportTopicsTests
{
    [Fact]
    public void Every_topic_has_one_row()
    {
        foreach (var topic in Enum.GetValues<SupportTopic>().Where(t => t != SupportTopic.None))
        {
            Assert.Single(SupportTopics.Rows, row => row.Topic == topic);
        }
    }

    [Fact]
    public void Every_menu_topic_of_the_knowledge_files_has_a_row() =>
        Assert.All(MenuTopics.All, id => Assert.Equal(id, SupportTopics.ForMenu(id).MenuId));

    [Fact]
    public void An_intent_opens_at_most_one_topic() =>
        Assert.All(SupportTopics.Rows.SelectMany(row => row.Intents).GroupBy(intent => intent), group => Assert.Single(group));

    [Fact]
    public void Every_dialog_a_row_names_is_one_MainDialog_runs()
    {
        var knowledge = RepositoryKnowledge.Instance;
        var main = new MainDialog(knowledge, new OfflineRecognizer(knowledge), new PlaceholderEscalationService(knowledge));

        Assert.All(SupportTopics.Rows.Where(row => row.DialogId is not null), row => Assert.NotNull(main.FindDialog(row.DialogId!)));
    }

    [Fact]
    public void A_person_runs_no_dialog_and_an_unknown_intent_opens_no_topic()
    {
        Assert.Null(SupportTopics.DialogFor(SupportTopic.Human));
        Assert.Equal(SupportTopic.None, SupportTopics.ForIntent(SupportIntents.Thanks));
        Assert.Equal(SupportTopic.None, SupportTopics.ForIntent(null));
    }
}
