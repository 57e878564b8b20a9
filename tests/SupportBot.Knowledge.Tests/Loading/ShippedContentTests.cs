using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Loading;

public sealed class ShippedContentTests
{
    private static readonly KnowledgeLoadResult Result = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory);

    [Fact]
    public void Shipped_content_validates_without_errors()
    {
        Assert.Empty(Result.Errors.Select(e => e.ToString()));
        Assert.NotNull(Result.Snapshot);
    }

    [Fact]
    public void Every_stage_seller_and_payment_combination_reaches_a_rule_with_refund_timing()
    {
        var snapshot = Result.Snapshot!;
        foreach (var stage in KnowledgeIds.Stages)
        {
            foreach (var seller in KnowledgeIds.Sellers)
            {
                Assert.Null(snapshot.Decide(stage, seller).RefundTiming);
                foreach (var payment in KnowledgeIds.Payments)
                {
                    var decision = snapshot.Decide(stage, seller, payment);
                    Assert.Contains(stage, decision.Rule.Stages);
                    Assert.Contains(seller, decision.Rule.Sellers);
                    Assert.Equal(payment, decision.RefundTiming!.Payment);
                    Assert.NotEmpty(decision.Rule.Steps);
                    Assert.NotEmpty(decision.Rule.IfFails);
                }
            }
        }
    }

    [Fact]
    public void Version_is_the_content_hash_followed_by_every_file_version()
    {
        var snapshot = Result.Snapshot!;
        Assert.StartsWith(snapshot.ContentHash + ";", snapshot.Version, StringComparison.Ordinal);
        Assert.Equal(18, snapshot.FileVersions.Count);
        Assert.Contains("decision-rules=" + snapshot.FileVersions["decision-rules"], snapshot.Version, StringComparison.Ordinal);
        Assert.Equal(snapshot.Version, snapshot.Decide(OrderStage.Shipped, SellerType.Store).KnowledgeVersion);
    }

    [Fact]
    public void The_seed_articles_lists_and_tables_are_all_represented()
    {
        var s = Result.Snapshot!;
        // 「よくあるキャンセルリクエスト関連の質問10選」: each of the ten is an entry of its own.
        string[] tenQuestions =
        [
            "what-is-cancel-request", "shipped-anyway", "refund-when", "why-not-accepted", "where-result", "error-cases", "no-email",
            "which-reason", "penalty", "convenience-paypay-refund",
        ];
        Assert.All(tenQuestions, id => Assert.Contains(s.Faq.Entries, e => e.Id == id));
        Assert.Equal(7, s.Faq.Checklist.Count);
        Assert.Equal(5, s.Faq.Tips.Count);
        Assert.Equal(4, s.Failures.AfterFailureSteps.Count);
        Assert.Equal(4, s.Failures.Patterns.Count);
        Assert.Equal(3, s.Failures.DelayCauses.Count);
        Assert.Equal(4, s.Rejections.Count);
        Assert.Equal(3, s.Withdraw.Instead.Count);
        Assert.Equal(3, s.Procedures["refuse_delivery"].Steps.Count);
        Assert.Equal(4, s.Procedures["return"].Steps.Count);
        Assert.Equal(5, s.Marketplace.Characteristics.Count);
        Assert.Equal(4, s.Marketplace.Comparison.Count);
        Assert.Equal(4, s.Marketplace.Troubles.Count);
        Assert.Equal(5, Items(s, "background.glossary"));
        Assert.Equal(4, Items(s, "background.flow"));
        Assert.Equal(5, Items(s, "background.cannot_cancel_cases"));
        Assert.Equal(3, Items(s, "background.shipped_cannot_cancel"));
        Assert.Equal(2, Items(s, "account.impacts"));
        Assert.Equal(3, Items(s, "account.before_ordering"));
        Assert.Equal(3, Items(s, "account.risk_examples"));
        Assert.Equal(3, Items(s, "account.avoid_steps"));
        Assert.Equal(4, Items(s, "refund-status.emails"));
        Assert.Equal(3, Items(s, "refund-status.statuses"));
        Assert.Equal(4, Items(s, "refund-timing.payment_methods"));
        Assert.Equal(24, s.Marketplace.RecontactAfterHours);
    }

    [Fact]
    public void Escalation_thresholds_follow_the_policy()
    {
        var policy = Result.Snapshot!.Escalation;
        Assert.Equal(3, policy.InvalidOrderNumberLimit);
        Assert.Equal(2, policy.NotUnderstoodLimit);
        Assert.Equal(24, policy.SellerSilentHours);
        Assert.Equal(2, policy.SellerSilentContacts);
        Assert.Equal(1, policy.RefundDaysPastLimit);
        Assert.All(KnowledgeIds.Triggers, t => Assert.False(string.IsNullOrWhiteSpace(policy.For(t).Message.En)));
    }

    [Fact]
    public void Recognizer_vocabulary_covers_every_intent_and_value_in_both_languages()
    {
        var v = Result.Snapshot!.Vocabulary;
        string[] intents = ["CancelOrder", "RefundStatus", "CancelFailed", "CancelRejected", "ShippedAnyway", "WithdrawCancel", "RefuseDelivery", "ReturnItem", "Faq", "Human", "Help", "StartOver", "Quit", "Greeting"];
        Assert.All(intents, i => Assert.True(v.Intents[i].Ja.Count > 0 && v.Intents[i].En.Count > 0, i));
        Assert.Contains("発送済みです", v.Stages[OrderStage.Shipped].Ja);
        Assert.Contains("クレカ", v.Payments[PaymentMethod.CreditCard].Ja);
        Assert.Contains("代引き", v.Payments[PaymentMethod.CashOnDelivery].Ja);
        Assert.NotEmpty(v.Unknown.Ja);
    }

    private static int Items(KnowledgeSnapshot snapshot, string section) => snapshot.Sections[section].Blocks.Sum(b => b.Items.Count);
}
