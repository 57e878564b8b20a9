using SupportBot.Knowledge.Tests.TestSupport;

namespace SupportBot.Knowledge.Tests.Model;

/// <summary>
/// Every stage × seller × payment checked against tables written by hand from the seed article
/// (amazon-cancel-request-guide.ja.txt), not generated from the content.
/// </summary>
public sealed class WhatIfTableTests
{
    private static readonly KnowledgeSnapshot Snapshot = KnowledgeLoader.Load(TempKnowledge.ShippedContentDirectory).Snapshot!;

    // 「出荷準備中・発送後における操作の可否と対応フロー」と「amazon直販とマーケットプレイス…の違い」より:
    // 出荷前 → 通常通りキャンセル; 出荷準備中 → 一部不可・失敗しやすい（速やかにリクエスト、不可なら返品へ）;
    // 発送済み → 不可（受取拒否、または到着後に返品）; 届いた → 開封前なら返品.
    private static readonly (OrderStage Stage, SellerType Seller, Outcome Outcome, string RuleId, bool MayFail, string? Procedure)[] Rules =
    [
        (OrderStage.NotShipped, SellerType.Store, Outcome.Cancel, "not-shipped-store", false, null),
        (OrderStage.NotShipped, SellerType.Marketplace, Outcome.Cancel, "not-shipped-marketplace", false, null),
        (OrderStage.Preparing, SellerType.Store, Outcome.Cancel, "preparing-store", true, null),
        (OrderStage.Preparing, SellerType.Marketplace, Outcome.Cancel, "preparing-marketplace", true, null),
        (OrderStage.Shipped, SellerType.Store, Outcome.RefuseDelivery, "shipped-store", false, "refuse_delivery"),
        (OrderStage.Shipped, SellerType.Marketplace, Outcome.RefuseDelivery, "shipped-marketplace", false, "refuse_delivery"),
        (OrderStage.Received, SellerType.Store, Outcome.Return, "received-store", false, "return"),
        (OrderStage.Received, SellerType.Marketplace, Outcome.Return, "received-marketplace", false, "return"),
    ];

    // 「支払方法別返金フローの詳細解説」の表: クレジットカード 3~5営業日; コンビニ・ATM 1週間前後;
    // PayPay・電子マネー 最短当日~数日; 代引き 1週間前後. 「返金反映まで最大7日ほど」: 7日を過ぎたら遅れ.
    // 代引きは受け取るまで支払いがない.
    private static readonly (PaymentMethod Payment, string Expected, int OverdueAfter, bool PaidAtDelivery)[] Refunds =
    [
        (PaymentMethod.CreditCard, "3〜5営業日", 7, false),
        (PaymentMethod.ConvenienceAtm, "1週間前後", 7, false),
        (PaymentMethod.EMoney, "最短当日〜数日", 7, false),
        (PaymentMethod.CashOnDelivery, "1週間前後", 7, true),
    ];

    public static TheoryData<OrderStage, SellerType, PaymentMethod> Combinations()
    {
        var data = new TheoryData<OrderStage, SellerType, PaymentMethod>();
        foreach (var rule in Rules)
        {
            foreach (var refund in Refunds)
            {
                data.Add(rule.Stage, rule.Seller, refund.Payment);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void What_if_matches_the_seed_article(OrderStage stage, SellerType seller, PaymentMethod payment)
    {
        var expected = Rules.Single(r => r.Stage == stage && r.Seller == seller);
        var refund = Refunds.Single(r => r.Payment == payment);

        var decision = Snapshot.Decide(stage, seller, payment);

        Assert.Equal(expected.Outcome, decision.Outcome);
        Assert.Equal(expected.RuleId, decision.RuleId);
        Assert.Equal(expected.MayFail, decision.HasWarning);
        Assert.Equal(expected.Procedure, decision.Rule.Procedure?.Id);
        Assert.Equal((refund.Expected, refund.OverdueAfter, refund.PaidAtDelivery), (decision.RefundTiming!.Expected.Ja, decision.RefundTiming.OverdueAfterDays, decision.RefundTiming.PaidAtDelivery));
    }

    [Fact]
    public void The_table_covers_all_thirty_two_combinations() => Assert.Equal(32, Combinations().Count);

    [Theory]
    [InlineData(5, 0)]
    [InlineData(7, 0)]
    [InlineData(9, 2)]
    public void Credit_card_refund_is_overdue_after_five_business_days_counted_as_a_week(int elapsedDays, int overdueDays) =>
        Assert.Equal(overdueDays, Snapshot.RefundTimingFor(PaymentMethod.CreditCard).OverdueDays(elapsedDays));
}
