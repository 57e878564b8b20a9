using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Validation;

/// <summary>answers.yaml applied to every composed answer: lengths, never_say, never_together, reported where a lead fixes them.</summary>
public sealed class AnswerRuleTests
{
    [Fact]
    public void Sending_the_customer_to_customer_service_is_refused_at_the_never_say_rule_naming_the_line()
    {
        using var temp = new TempKnowledge();
        temp.Replace("decision-rules.yaml", "        en: Check the latest status in your order history, wait a little and try again.",
            "        en: Check the latest status in your order history, wait a little and try again.\n      - ja: それでもできない場合は、カスタマーサービスにお問い合わせください。\n        en: If it still fails, contact customer service.");

        var result = KnowledgeLoader.Load(temp.ContentDirectory);

        Assert.Null(result.Snapshot);
        var expectedLine = TempKnowledge.LineOf(temp.Read("answers.yaml"), "  - id: send_away");
        Assert.Contains(result.Errors, e => e.File.EndsWith("answers.yaml", StringComparison.Ordinal) && e.Line == expectedLine
            && e.Ja.Contains("decision-rules.yaml#not-shipped-store/if_fails/2", StringComparison.Ordinal) && e.En.Contains("send_away", StringComparison.Ordinal));
    }

    [Fact]
    public void A_step_too_long_for_a_phone_is_reported_at_its_rule()
    {
        using var temp = new TempKnowledge();
        var edited = temp.Replace("decision-rules.yaml", "      - ja: キャンセルしたい商品を探します。",
            "      - ja: キャンセルしたい商品を探します。" + string.Concat(Enumerable.Repeat("とても長い説明が続きます。", 20)));

        var result = KnowledgeLoader.Load(temp.ContentDirectory);

        Assert.Null(result.Snapshot);
        var ruleLine = TempKnowledge.LineOf(edited, "  - id: not-shipped-store");
        Assert.Contains(result.Errors, e => e.File.EndsWith("decision-rules.yaml", StringComparison.Ordinal) && e.Line == ruleLine
            && e.Ja.Contains("吹き出し", StringComparison.Ordinal) && e.En.Contains("A bubble has", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_named_never_together_are_caught_in_one_answer()
    {
        var rules = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!.Answers;
        AnswerLine[] contradicting =
        [
            new("代金引換のため、まだ代金はお支払いいただいていません。", "messages.yaml#refund.nothing_paid"),
            new("代金引換の返金は1週間前後が目安です。", "refund-timing.yaml#cash_on_delivery/expected"),
        ];

        var violation = Assert.Single(AnswerCheck.CheckTogether(rules, "test", contradicting));

        Assert.Contains("timing_and_nothing_paid", violation.En, StringComparison.Ordinal);
        Assert.Empty(AnswerCheck.CheckTogether(rules, "test", [contradicting[1]]));
    }

    [Theory]
    [InlineData("refund-timing.yaml#*/expected", "refund-timing.yaml#cash_on_delivery/expected", true)]
    [InlineData("refund-timing.yaml#*/expected", "refund-timing.yaml#cash_on_delivery/notes/1", false)]
    [InlineData("messages.yaml#refund.nothing_paid", "messages.yaml#refund.nothing_paid", true)]
    [InlineData("messages.yaml#refund.nothing_paid", "messages.yaml#refund.nothing_paid_more", false)]
    [InlineData("decision-rules.yaml#*", "decision-rules.yaml#shipped-store/steps/1", true)]
    public void A_source_pattern_matches_with_star_for_any_part(string pattern, string source, bool matches) =>
        Assert.Equal(matches, NeverTogetherRule.Matches(pattern, source));

    [Fact]
    public void Every_shipped_outcome_fits_a_phone_and_never_sends_the_customer_away()
    {
        var knowledge = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!;
        var outcomes = AnswerCheck.EveryOutcome(knowledge).ToList();

        Assert.Equal(2 * 4 * 2 * 5, outcomes.Count);
        foreach (var outcome in outcomes)
        {
            Assert.All(outcome.All, b => Assert.InRange(b.PlainLength, 1, knowledge.Answers.BubbleChars));
            var turn = outcome.Now.Sum(b => b.PlainLength) + knowledge.Text(MessageKeys.CommonDidThatSolve, outcome.Language).Length;
            Assert.True(turn <= knowledge.Answers.TurnChars, $"{AnswerCheck.Name(outcome)}: {turn} characters");
            var text = string.Join("\n", outcome.All.Select(b => b.Text));
            Assert.DoesNotContain("カスタマーサービスに", text, StringComparison.Ordinal);
            Assert.DoesNotContain("contact customer service", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData(OrderStage.NotShipped, SellerType.Store)]
    [InlineData(OrderStage.Preparing, SellerType.Store)]
    [InlineData(OrderStage.Shipped, SellerType.Store)]
    [InlineData(OrderStage.NotShipped, SellerType.Marketplace)]
    [InlineData(OrderStage.Preparing, SellerType.Marketplace)]
    [InlineData(OrderStage.Shipped, SellerType.Marketplace)]
    public void Cash_on_delivery_not_received_has_nothing_to_refund_and_no_timing(OrderStage stage, SellerType seller)
    {
        var knowledge = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!;

        var outcome = OutcomeComposer.Compose(knowledge, knowledge.Decide(stage, seller, PaymentMethod.CashOnDelivery), "ja");

        var sources = outcome.All.SelectMany(b => b.Lines).Select(l => l.Source).ToList();
        Assert.Contains("messages.yaml#refund.nothing_paid", sources);
        Assert.DoesNotContain(sources, s => s.StartsWith("refund-timing.yaml#", StringComparison.Ordinal));
        Assert.DoesNotContain("marketplace.yaml#refund", sources);
        Assert.DoesNotContain(outcome.All, b => b.Text.Contains("返金処理が始まります", StringComparison.Ordinal));
    }

    [Fact]
    public void Cash_on_delivery_returned_after_receipt_is_a_bank_transfer_that_needs_the_account()
    {
        var knowledge = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!;

        var outcome = OutcomeComposer.Compose(knowledge, knowledge.Decide(OrderStage.Received, SellerType.Store, PaymentMethod.CashOnDelivery), "ja");

        var refund = outcome.Now[^1].Text;
        Assert.Contains("1週間前後", refund, StringComparison.Ordinal);
        Assert.Contains("口座", refund, StringComparison.Ordinal);
        Assert.Contains("担当者", refund, StringComparison.Ordinal);
    }

    [Fact]
    public void The_desk_out_of_hours_says_when_it_opens_and_never_promises_a_wait()
    {
        var knowledge = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!;
        // Sunday 6 December 2026, 00:21 in Tokyo.
        var night = new DateTimeOffset(2026, 12, 6, 0, 21, 0, TimeSpan.FromHours(9));

        var line = DeskAnswer.For(knowledge, night, "ja")!;

        Assert.Contains("受付時間外", line.Text, StringComparison.Ordinal);
        Assert.Contains("12月7日（月）9:00", line.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("分", line.Text.Replace("受付時間", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Mon 7 Dec, 9:00", DeskAnswer.For(knowledge, night, "en")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_desk_within_hours_names_them_and_the_wait_only_once_the_operator_sets_it()
    {
        using var temp = new TempKnowledge();
        var monday = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(9));
        var shipped = KnowledgeLoader.Load(temp.ContentDirectory).Snapshot!;
        Assert.Equal("messages.yaml#escalation.desk_open", DeskAnswer.For(shipped, monday, "ja")!.Source);

        temp.Replace("store.yaml", "# expected_wait_minutes: 10", "expected_wait_minutes: 10");
        var withWait = KnowledgeLoader.Load(temp.ContentDirectory).Snapshot!;
        Assert.Contains("約10分", DeskAnswer.For(withWait, monday, "ja")!.Text, StringComparison.Ordinal);

        temp.Write("store.yaml", "# yaml-language-server: $schema=../schemas/store.schema.json\nversion: 1\n");
        var unset = KnowledgeLoader.Load(temp.ContentDirectory).Snapshot!;
        Assert.Null(DeskAnswer.For(unset, monday, "ja"));
    }
}
