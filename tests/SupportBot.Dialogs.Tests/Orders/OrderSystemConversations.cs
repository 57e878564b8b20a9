using SupportBot.Dialogs.Orders.Demo;
using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Orders;

/// <summary>Conversations with the demo order system: lookup, sending the request, each failure, time-outs, not found.</summary>
internal static class OrderSystemConversations
{
    public static IEnumerable<Conversation> All
    {
        get
        {
            var ordinary = Ordinary(OrderStage.NotShipped, SellerType.Store, PaymentMethod.CreditCard);
            yield return Conversation.Japanese(
                "order system finds the order and its cancellation is accepted",
                StartCancellation(),
                new Turn(ordinary.OrderNumber, Says(MessageKeys.CancelOrderFound, ("orderNumber", ordinary.OrderNumber)), Found(ordinary), Says(MessageKeys.OrdersOfferSend), NoOutcome),
                Yes("ja",
                    Says(MessageKeys.OrdersCancelAccepted, ("orderNumber", ordinary.OrderNumber)),
                    SaysFrom("the refund line", (k, lang) => RefundLine(k, PaymentMethod.CreditCard, SupportBot.Knowledge.Outcome.Cancel, SellerType.Store, lang)),
                    Outcome("cancel", "not-shipped-store"),
                    Says(MessageKeys.CommonDidThatSolve)),
                Yes("ja", Says(MessageKeys.CommonClosingSolved)));

            foreach (var (behaviour, cause) in new[]
            {
                (DemoOrderBehaviour.RejectedBySellerPolicy, "seller-policy"),
                (DemoOrderBehaviour.SystemError, "system-error"),
                (DemoOrderBehaviour.PaymentTrouble, "payment-trouble"),
                (DemoOrderBehaviour.JustChanged, "just-changed"),
            })
            {
                var order = Special(behaviour);
                yield return Conversation.Japanese(
                    $"order system request fails with {cause} and escalates",
                    new Turn($"注文{order.OrderNumber}をキャンセルしたい", Says(MessageKeys.CancelOrderFound, ("orderNumber", order.OrderNumber)), Says(MessageKeys.OrdersOfferSend)),
                    Yes("ja",
                        Says(MessageKeys.OrdersCancelFailed, ("cause", Snapshot.Failures.Find(cause)!.Label.Ja)),
                        SaysFrom("the remedy", (k, lang) => k.Failures.Find(cause)!.Remedy.For(lang)),
                        Escalates("cancel_failed")));
            }

            var preparing = Ordinary(OrderStage.Preparing, SellerType.Store, PaymentMethod.ConvenienceAtm);
            yield return Conversation.Japanese(
                "order system request too late escalates",
                StartCancellation(),
                new Turn(preparing.OrderNumber, Found(preparing), Says(MessageKeys.OrdersOfferSend)),
                Yes("ja", Says(MessageKeys.OrdersCancelFailed, ("cause", Snapshot.Failures.Find("too-late")!.Label.Ja)), Escalates("cancel_failed")));

            var slowCancel = Special(DemoOrderBehaviour.CancellationTimesOut);
            yield return Conversation.Japanese(
                "order system too slow to cancel falls back to the steps",
                StartCancellation(),
                new Turn(slowCancel.OrderNumber, Says(MessageKeys.OrdersOfferSend)),
                Yes("ja", [Says(MessageKeys.OrdersUnavailable), .. DecisionOutcome(OrderStage.NotShipped, SellerType.Store, PaymentMethod.CreditCard)]));

            var slowLookup = Special(DemoOrderBehaviour.LookupTimesOut);
            yield return Conversation.Japanese(
                "order system too slow to look up falls back to asking",
                StartCancellation(),
                new Turn(slowLookup.OrderNumber, Says(MessageKeys.CancelAskStage), NoOutcome),
                Tapping(Label.Stage("not_shipped"), "ja", Says(MessageKeys.CancelAskSeller)));

            yield return Conversation.Japanese(
                "order not found in the order system falls back to asking",
                StartCancellation(),
                new Turn("123-0000000-0000000", Says(MessageKeys.CancelOrderNumberNotFound, ("orderNumber", "123-0000000-0000000")), Says(MessageKeys.CancelAskStage)));

            yield return Conversation.Japanese(
                "declining the order system's offer gives the steps",
                StartCancellation(),
                new Turn(ordinary.OrderNumber, Says(MessageKeys.OrdersOfferSend)),
                No("ja", DecisionOutcome(OrderStage.NotShipped, SellerType.Store, PaymentMethod.CreditCard)));

            var shipped = Ordinary(OrderStage.Shipped, SellerType.Marketplace, PaymentMethod.EMoney);
            yield return Conversation.Japanese(
                "order system answers every question of a shipped order",
                StartCancellation(),
                new Turn(shipped.OrderNumber, [Found(shipped), .. DecisionOutcome(OrderStage.Shipped, SellerType.Marketplace, PaymentMethod.EMoney)]));

            yield return Conversation.Japanese(
                "full-width order number is found in the order system",
                StartCancellation(),
                new Turn(FullWidth(ordinary.OrderNumber), Says(MessageKeys.CancelOrderFound, ("orderNumber", ordinary.OrderNumber)), Says(MessageKeys.OrdersOfferSend)));

            yield return Conversation.English(
                "english order system conversation",
                new Turn($"I want to cancel order {ordinary.OrderNumber}", Says(MessageKeys.CancelOrderFound, ("orderNumber", ordinary.OrderNumber)), Found(ordinary), Says(MessageKeys.OrdersOfferSend)),
                new Turn("yes please", Says(MessageKeys.OrdersCancelAccepted, ("orderNumber", ordinary.OrderNumber)), Outcome("cancel", "not-shipped-store")));
        }
    }

    private static DemoOrder Ordinary(OrderStage stage, SellerType seller, PaymentMethod payment) =>
        DemoOrderSeed.Orders.First(o => o.Behaviour == DemoOrderBehaviour.Ordinary
            && o.Stage == KnowledgeIds.Id(stage) && o.Seller == KnowledgeIds.Id(seller) && o.PaymentMethod == KnowledgeIds.Id(payment));

    private static DemoOrder Special(DemoOrderBehaviour behaviour) => DemoOrderSeed.Orders.Single(o => o.Behaviour == behaviour);

    private static Expect Found(DemoOrder order) =>
        SaysFrom("what the order system found", (k, lang) =>
        {
            Assert.True(KnowledgeIds.TryParseStage(order.Stage, out var stage));
            Assert.True(KnowledgeIds.TryParseSeller(order.Seller, out var seller));
            Assert.True(KnowledgeIds.TryParsePayment(order.PaymentMethod, out var payment));
            return k.Text(
                MessageKeys.OrdersFoundDetails,
                lang,
                ("stage", k.StageInfo(stage).Label.For(lang)),
                ("seller", k.SellerInfo(seller).Label.For(lang)),
                ("payment", k.RefundTimingFor(payment).Label.For(lang)));
        });

    private static string FullWidth(string text) =>
        string.Concat(text.Select(c => c switch
        {
            >= '0' and <= '9' => (char)(c - '0' + '０'),
            '-' => 'ー',
            _ => c,
        }));
}
