using SupportBot.Bot.Escalation.Tickets;
using SupportBot.Dialogs.Orders.Demo;
using SupportBot.Knowledge;

namespace SupportBot.Bot.Tests.Escalation;

/// <summary>One conversation per escalation trigger of the issue, with what its ticket must hold.</summary>
internal sealed record TriggerCase(
    string Name,
    string Reason,
    Func<KnowledgeSnapshot, string[]> Turns,
    Action<TicketView, KnowledgeSnapshot> Check,
    bool DemoOrders = false,
    string Locale = "ja-JP")
{
    public const string OrderNumber = "250-1234567-1234567";

    public static IReadOnlyList<TriggerCase> All { get; } =
    [
        new("explicit request for a person before anything else", "customer_request",
            _ => ["担当者と話したい"],
            (t, _) =>
            {
                Assert.Equal("Human", t.Payload.Slots.Topic);
                Assert.Null(t.Payload.Slots.OrderNumber);
            }),

        new("explicit request for a person in the middle of a cancellation", "customer_request",
            k => [Tap(k, Label.Menu(MenuTopics.CancelOrder)), OrderNumber, Tap(k, Label.Stage("shipped")), "人と話したい"],
            (t, _) =>
            {
                Assert.Equal("CancelOrder", t.Payload.Slots.Topic);
                Assert.Equal(OrderNumber, t.Payload.Slots.OrderNumber);
                Assert.Equal("shipped", t.Payload.Slots.Stage);
                Assert.Null(t.Payload.Slots.Seller);
            }),

        new("cancellation request rejected by the order system", "cancel_failed",
            k => [$"注文{SellerPolicyOrder.OrderNumber}をキャンセルしたい", Tap(k, MessageKeys.CommonYes)],
            (t, k) =>
            {
                var s = t.Payload.Slots;
                Assert.Equal((SellerPolicyOrder.OrderNumber, "not_shipped", "marketplace", "credit_card"), (s.OrderNumber, s.Stage, s.Seller, s.PaymentMethod));
                Assert.True(s.FromOrderSystem);
                Assert.Equal("seller-policy", s.FailureCause);
                Assert.Equal("seller-policy", t.Payload.Detail);
                Assert.Equal(k.Decide(OrderStage.NotShipped, SellerType.Marketplace, PaymentMethod.CreditCard).RuleId, t.Payload.RuleId);
            },
            DemoOrders: true),

        new("cancellation request failed as the customer reports, still failing after the remedy", "remedy_failed",
            k => [Tap(k, Label.Menu(MenuTopics.FailedOrRefused)), Tap(k, MessageKeys.FailedKindFailed), k.Failures.Find("system-error")!.Label.Ja, Tap(k, MessageKeys.FailedButtonStillFails)],
            (t, _) =>
            {
                Assert.Equal("RequestFailed", t.Payload.Slots.Topic);
                Assert.Equal("system-error", t.Payload.Slots.FailureCause);
                Assert.Equal("failure.system-error", t.Payload.RuleId);
            }),

        new("cancellation request refused as the customer reports, the alternative did not help", "cancel_failed",
            k => [Tap(k, Label.Menu(MenuTopics.FailedOrRefused)), Tap(k, MessageKeys.FailedKindRefused), k.Rejections[0].Reason.Ja, Tap(k, MessageKeys.CommonNo)],
            (t, k) =>
            {
                Assert.Equal("RequestRefused", t.Payload.Slots.Topic);
                Assert.Equal(k.Rejections[0].Id, t.Payload.Slots.Rejection);
                Assert.Equal("rejection." + k.Rejections[0].Id, t.Payload.RuleId);
            }),

        new("refund overdue", "refund_overdue",
            _ => ["Where is my refund? I paid by credit card", "The store itself", "10 days ago"],
            (t, k) =>
            {
                Assert.Equal("credit_card", t.Payload.Slots.PaymentMethod);
                Assert.Equal(10, t.Payload.Slots.DaysAgo);
                Assert.Equal("en", t.Payload.Language);
                Assert.False(string.IsNullOrEmpty(t.Payload.Detail));
            },
            Locale: "en-US"),

        new("a marketplace seller who stays silent", "seller_silent",
            k => [Tap(k, Label.Menu(MenuTopics.CancelOrder)), OrderNumber, Tap(k, Label.Stage("not_shipped")), Tap(k, Label.Seller("marketplace")), Tap(k, Label.Payment("credit_card")), Tap(k, MessageKeys.CommonNo), Tap(k, MessageKeys.CommonYes)],
            (t, k) =>
            {
                var s = t.Payload.Slots;
                Assert.Equal((OrderNumber, "not_shipped", "marketplace", "credit_card"), (s.OrderNumber, s.Stage, s.Seller, s.PaymentMethod));
                Assert.Equal(k.Decide(OrderStage.NotShipped, SellerType.Marketplace, PaymentMethod.CreditCard).RuleId, t.Payload.RuleId);
            }),

        new("three invalid order numbers", "invalid_order_number",
            k => [Tap(k, Label.Menu(MenuTopics.CancelOrder)), "123", "わかりません", "12-34", Tap(k, MessageKeys.CommonYes)],
            (t, _) =>
            {
                Assert.Equal("CancelOrder", t.Payload.Slots.Topic);
                Assert.Null(t.Payload.Slots.OrderNumber);
            }),

        new("two turns in a row not understood", "not_understood",
            k => ["ほげほげ", "ふがふが", Tap(k, MessageKeys.CommonYes)],
            (t, _) => Assert.Null(t.Payload.Slots.OrderNumber)),

        new("that did not solve it, after the cancellation answer", "not_solved",
            k => [Tap(k, Label.Menu(MenuTopics.CancelOrder)), OrderNumber, Tap(k, Label.Stage("preparing")), Tap(k, Label.Seller("store")), Tap(k, Label.Payment("e_money")), Tap(k, MessageKeys.CommonNo)],
            (t, k) =>
            {
                var s = t.Payload.Slots;
                Assert.Equal(("preparing", "store", "e_money"), (s.Stage, s.Seller, s.PaymentMethod));
                Assert.Equal(k.Decide(OrderStage.Preparing, SellerType.Store, PaymentMethod.EMoney).RuleId, t.Payload.RuleId);
            }),

        new("that did not solve it, after an FAQ answer", "not_solved",
            k => ["キャンセルリクエストとは何ですか？", Tap(k, MessageKeys.CommonNo)],
            (t, _) =>
            {
                Assert.Equal("Faq", t.Payload.Slots.Topic);
                Assert.Equal("キャンセルリクエストとは何ですか？", t.Payload.Slots.Question);
                Assert.StartsWith("faq", t.Payload.RuleId, StringComparison.Ordinal);
            }),
    ];

    public static DemoOrder SellerPolicyOrder => DemoOrderSeed.Orders.First(o => o.Behaviour == DemoOrderBehaviour.RejectedBySellerPolicy);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var item in All)
        {
            data.Add(item.Name);
        }

        return data;
    }

    public static TriggerCase Named(string name) => All.Single(c => c.Name == name);

    public static string Tap(KnowledgeSnapshot knowledge, Label label) => label.Text(knowledge, "ja");

    public override string ToString() => Name;
}
