using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Model;

public sealed class MessageCatalogTests
{
    private static readonly KnowledgeSnapshot Snapshot = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!;

    [Theory]
    [InlineData("ja", "担当者から折り返しご連絡します。受付番号は T-42 です。")]
    [InlineData("en", "A person will contact you. Your ticket number is T-42.")]
    [InlineData("en-US", "A person will contact you. Your ticket number is T-42.")]
    public void Text_fills_placeholders_in_the_requested_language(string language, string expected) =>
        Assert.Equal(expected, Snapshot.Text("escalation.placeholder", language, ("ticketId", "T-42")));

    [Theory]
    [InlineData("{a} and {b}", "1 and {b}")]
    [InlineData("{{a}} is literal", "{a} is literal")]
    [InlineData("no braces", "no braces")]
    public void Format_replaces_known_names_and_keeps_the_rest(string template, string expected) =>
        Assert.Equal(expected, MessageCatalog.Format(template, [("a", "1")]));

    [Fact]
    public void Text_throws_for_a_key_that_is_not_in_the_files() =>
        Assert.Throws<KeyNotFoundException>(() => Snapshot.Text("no.such.key", "ja"));

    [Fact]
    public void Every_message_has_both_languages_and_only_declared_placeholders()
    {
        foreach (var key in Snapshot.Messages.Keys)
        {
            var template = Snapshot.Messages.Template(key);
            Assert.False(string.IsNullOrWhiteSpace(template.Text.Ja), key);
            Assert.False(string.IsNullOrWhiteSpace(template.Text.En), key);
            Assert.All(MessageCatalog.PlaceholdersIn(template.Text.Ja + template.Text.En), p => Assert.Contains(p, template.Params));
        }
    }

    [Theory]
    [InlineData("welcome.greeting")]
    [InlineData("cancel.ask_order_number")]
    [InlineData("cancel.order_number_retry")]
    [InlineData("cancel.order_number_third_invalid")]
    [InlineData("stage.button.unknown")]
    [InlineData("seller.how_to_tell")]
    [InlineData("refund.overdue")]
    [InlineData("failed.still_fails")]
    [InlineData("faq.no_match")]
    [InlineData("help.order_number")]
    [InlineData("nav.start_over")]
    [InlineData("error.state_reset")]
    public void Messages_the_dialogs_need_are_present(string key) => Assert.True(Snapshot.Messages.Contains(key), key);
}
