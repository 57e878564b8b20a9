using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Model;

public sealed class MessageCatalogTests
{
    private static readonly KnowledgeSnapshot Snapshot = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!;

    [Theory]
    [InlineData("ja", "受付番号はT-42です。これまでの内容はすべて担当者に引き継がれています。")]
    [InlineData("en", "Your ticket number is T-42. Everything so far has been passed on to the person.")]
    [InlineData("en-US", "Your ticket number is T-42. Everything so far has been passed on to the person.")]
    public void Text_fills_placeholders_in_the_requested_language(string language, string expected) =>
        Assert.Equal(expected, Snapshot.Text(MessageKeys.EscalationTicket, language, ("ticketId", "T-42")));

    [Theory]
    [InlineData("{a} and {b}", "1 and {b}")]
    [InlineData("{{a}} is literal", "{a} is literal")]
    [InlineData("no braces", "no braces")]
    public void Format_replaces_known_names_and_keeps_the_rest(string template, string expected) =>
        Assert.Equal(expected, MessageCatalog.Format(template, [("a", "1")]));

    [Fact]
    public void Text_throws_for_a_key_that_is_not_in_the_files() =>
        Assert.Throws<KeyNotFoundException>(() => Snapshot.Messages.Text("no.such.key", "ja"));

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

    [Fact]
    public void Every_message_the_code_declares_is_in_the_shipped_files() =>
        Assert.All(MessageKeys.All, key => Assert.True(Snapshot.Messages.Contains(key.Name), key.Name));
}
