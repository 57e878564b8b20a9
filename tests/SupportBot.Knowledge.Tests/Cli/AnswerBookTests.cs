using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Cli;

/// <summary>The answer book: every answer with its source, committed beside the content and kept current.</summary>
public sealed class AnswerBookTests
{
    [Fact]
    public void The_committed_answer_book_is_the_one_the_content_makes()
    {
        var snapshot = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!;
        var committed = Path.Combine(TempKnowledge.ShippedContentDirectory, "..", "answer-book.html");

        Assert.True(File.Exists(committed), "knowledge/answer-book.html is missing: run `dotnet run --project knowledge -- answer-book`");
        Assert.True(
            AnswerBook.Html(snapshot) == File.ReadAllText(committed),
            "knowledge/answer-book.html is out of date: run `dotnet run --project knowledge -- answer-book` and commit it");
    }

    [Fact]
    public void Every_outcome_faq_and_message_is_in_the_book_with_its_source()
    {
        var snapshot = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!;

        var html = AnswerBook.Html(snapshot);

        Assert.All(snapshot.Rules, r => Assert.Contains($"decision-rules.yaml#{r.Id}/headline", html, StringComparison.Ordinal));
        Assert.All(snapshot.Faq.Entries.Where(e => e.Answer is not null), e => Assert.Contains($"faq.yaml#{e.Id}<", html, StringComparison.Ordinal));
        Assert.All(snapshot.Messages.Keys, k => Assert.Contains($"messages.yaml#{k}<", html, StringComparison.Ordinal));
        Assert.Contains("refund-timing.yaml#cash_on_delivery/expected", html, StringComparison.Ordinal);
        Assert.Contains("messages.yaml#escalation.desk_closed", html, StringComparison.Ordinal);
        // Each outcome and FAQ answer names the article's sections it comes from.
        Assert.All(snapshot.Rules, r => Assert.NotEmpty(snapshot.Answers.Sources["decision-rules.yaml#" + r.Id]));
        Assert.All(snapshot.Faq.Entries, e => Assert.NotEmpty(snapshot.Answers.Sources["faq.yaml#" + e.Id]));
        Assert.Contains("記事 / Article: 「", html, StringComparison.Ordinal);
        Assert.Contains("「支払方法別返金フローの詳細解説」", html, StringComparison.Ordinal);
    }
}
