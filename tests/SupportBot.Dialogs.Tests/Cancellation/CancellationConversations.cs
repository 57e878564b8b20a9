using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.TestSupport.Expect;
using static SupportBot.Dialogs.Tests.TestSupport.Script;

using SupportBot.Dialogs.Tests.TestSupport;

namespace SupportBot.Dialogs.Tests.Cancellation;

/// <summary>Cancellation conversations: every stage × seller, "I don't know", invalid and full-width order numbers, slots up front.</summary>
internal static class CancellationConversations
{
    public static IEnumerable<Conversation> All => EveryStageAndSeller().Concat(Others());

    private static IEnumerable<Conversation> EveryStageAndSeller()
    {
        foreach (var stage in KnowledgeIds.Stages)
        {
            foreach (var seller in KnowledgeIds.Sellers)
            {
                var payment = PaymentMethod.CreditCard;
                if (stage == OrderStage.Received && seller == SellerType.Marketplace)
                {
                    // The seller refunds a return by themselves: how it was paid is not asked.
                    yield return Conversation.Japanese(
                        $"cancel {KnowledgeIds.Id(stage)} {KnowledgeIds.Id(seller)}",
                        StartCancellation(),
                        GiveOrderNumber(),
                        Tapping(StageButton(stage), "ja", Says(MessageKeys.CancelAskSeller)),
                        Tapping(SellerButton(seller), "ja", [SaysNot(MessageKeys.CancelAskPayment), .. DecisionOutcome(stage, seller, null)]),
                        Yes("ja", Says(MessageKeys.CommonClosingSolved)));
                    continue;
                }

                yield return Conversation.Japanese(
                    $"cancel {KnowledgeIds.Id(stage)} {KnowledgeIds.Id(seller)}",
                    StartCancellation(),
                    GiveOrderNumber(),
                    Tapping(StageButton(stage), "ja", Says(MessageKeys.CancelAskSeller), Buttons(Label.Seller("store"), Label.Seller("unknown"))),
                    Tapping(SellerButton(seller), "ja", Says(MessageKeys.CancelAskPayment), Buttons(Label.Payment("credit_card"))),
                    Tapping(PaymentButton(payment), "ja", DecisionOutcome(stage, seller, payment)),
                    Yes("ja", Says(MessageKeys.CommonClosingSolved)));
            }
        }
    }

    private static IEnumerable<Conversation> Others()
    {
        yield return Conversation.Japanese(
            "cancel not solved escalates",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping(StageButton(OrderStage.Preparing), "ja", Says(MessageKeys.CancelAskSeller)),
            Tapping(SellerButton(SellerType.Store), "ja", Says(MessageKeys.CancelAskPayment)),
            Tapping(PaymentButton(PaymentMethod.EMoney), "ja", DecisionOutcome(OrderStage.Preparing, SellerType.Store, PaymentMethod.EMoney)),
            No("ja", Escalates("not_solved")));

        yield return Conversation.Japanese(
            "marketplace order not solved escalates as a silent seller",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping(StageButton(OrderStage.NotShipped), "ja", Says(MessageKeys.CancelAskSeller)),
            Tapping(SellerButton(SellerType.Marketplace), "ja", Says(MessageKeys.CancelAskPayment)),
            Tapping(PaymentButton(PaymentMethod.CreditCard), "ja", DecisionOutcome(OrderStage.NotShipped, SellerType.Marketplace, PaymentMethod.CreditCard)),
            No("ja", Says(MessageKeys.MarketplaceSilenceRule, ("contacts", "2"), ("hours", "24")), Says(MessageKeys.MarketplaceAskSilent), NoOutcome),
            Yes("ja", Escalates("seller_silent")));

        yield return Conversation.Japanese(
            "marketplace order not solved before the seller was contacted twice gets the contact-again advice",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping(StageButton(OrderStage.NotShipped), "ja", Says(MessageKeys.CancelAskSeller)),
            Tapping(SellerButton(SellerType.Marketplace), "ja", Says(MessageKeys.CancelAskPayment)),
            Tapping(PaymentButton(PaymentMethod.CreditCard), "ja", DecisionOutcome(OrderStage.NotShipped, SellerType.Marketplace, PaymentMethod.CreditCard)),
            No("ja", Says(MessageKeys.MarketplaceAskSilent), NoOutcome),
            No("ja", SaysFrom("how to contact the seller", (k, lang) => k.Marketplace.ContactSteps[^1].For(lang)), Says(MessageKeys.MarketplaceComeBack), NoOutcome));

        yield return Conversation.Japanese(
            "stage unknown explains the order history and asks again",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping(Label.Stage("unknown"), "ja", Says(MessageKeys.StageHowToSee), Says(MessageKeys.CancelAskStage), NoOutcome),
            new Turn("発送済みです", Says(MessageKeys.CancelAskSeller)),
            Tapping(Label.Seller("unknown"), "ja", Says(MessageKeys.SellerHowToTell), Says(MessageKeys.CancelAskSeller)),
            new Turn("マケプレの出品者です", Says(MessageKeys.CancelAskPayment)),
            new Turn("代引きで払いました", DecisionOutcome(OrderStage.Shipped, SellerType.Marketplace, PaymentMethod.CashOnDelivery)));

        yield return Conversation.Japanese(
            "payment unknown gives the outcome without refund timing",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping(StageButton(OrderStage.Received), "ja"),
            Tapping(SellerButton(SellerType.Store), "ja"),
            Tapping(Label.Payment("unknown"), "ja", DecisionOutcome(OrderStage.Received, SellerType.Store, null)));

        yield return Conversation.Japanese(
            "three invalid order numbers offer a person who takes over",
            StartCancellation(),
            new Turn("123", Says(MessageKeys.CancelOrderNumberRetry, ("example", Tap(MessageKeys.OrderNumberExample))), NoOutcome),
            new Turn("わかりません", Says(MessageKeys.CancelOrderNumberRetry, ("example", Tap(MessageKeys.OrderNumberExample)))),
            new Turn("12-34", Says(MessageKeys.CancelOrderNumberThirdInvalid), Buttons(MessageKeys.CommonYes, MessageKeys.CommonNo), NoOutcome),
            Yes("ja", Escalates("invalid_order_number")));

        yield return Conversation.Japanese(
            "declining the person after three invalid order numbers asks for it again",
            StartCancellation(),
            new Turn("123", Says(MessageKeys.CancelOrderNumberRetry, ("example", Tap(MessageKeys.OrderNumberExample)))),
            new Turn("456", Says(MessageKeys.CancelOrderNumberRetry, ("example", Tap(MessageKeys.OrderNumberExample)))),
            new Turn("789", Says(MessageKeys.CancelOrderNumberThirdInvalid)),
            No("ja", Says(MessageKeys.CancelAskOrderNumber), NoOutcome),
            GiveOrderNumber());

        yield return Conversation.Japanese(
            "full-width order number is normalized",
            StartCancellation(),
            GiveOrderNumber("２５０ー１２３４５６７ー１２３４５６７"));

        yield return Conversation.Japanese(
            "order number without dashes is accepted",
            StartCancellation(),
            GiveOrderNumber("25012345671234567"));

        yield return Conversation.Japanese(
            "every slot given up front goes straight to the outcome",
            new Turn(
                "注文番号250-1234567-1234567をキャンセルしたいです。まだ発送前で、ストアの直販、クレジットカード払いです",
                DecisionOutcome(OrderStage.NotShipped, SellerType.Store, PaymentMethod.CreditCard)),
            Yes("ja", Says(MessageKeys.CommonClosingSolved)));

        yield return Conversation.Japanese(
            "stage given up front is not asked again, nor the number nothing here could look up",
            new Turn("発送済みの注文をキャンセルしたい", Says(MessageKeys.CancelAskSeller), SaysNot(MessageKeys.CancelAskOrderNumber), Outcome("refuse_delivery", "preview.shipped")),
            Tapping(SellerButton(SellerType.Marketplace), "ja", Says(MessageKeys.CancelAskPayment)),
            Tapping(PaymentButton(PaymentMethod.ConvenienceAtm), "ja", DecisionOutcome(OrderStage.Shipped, SellerType.Marketplace, PaymentMethod.ConvenienceAtm)));

        yield return Conversation.Japanese(
            "answers typed in full-width and colloquial Japanese are understood",
            StartCancellation(),
            GiveOrderNumber(),
            new Turn("まだ発送されてないです", Says(MessageKeys.CancelAskSeller)),
            new Turn("ストアの商品", Says(MessageKeys.CancelAskPayment)),
            new Turn("ＰａｙＰａｙ", DecisionOutcome(OrderStage.NotShipped, SellerType.Store, PaymentMethod.EMoney)),
            new Turn("うん、大丈夫です", Says(MessageKeys.CommonClosingSolved)));

        yield return Conversation.Japanese(
            "buttons answered by number are understood",
            StartCancellation(),
            GiveOrderNumber(),
            new Turn("3", Says(MessageKeys.CancelAskSeller)),
            new Turn("1", Says(MessageKeys.CancelAskPayment)),
            new Turn("1", DecisionOutcome(OrderStage.Shipped, SellerType.Store, PaymentMethod.CreditCard)));

        yield return Conversation.Japanese(
            "two answers in a row not understood offer a person",
            StartCancellation(),
            GiveOrderNumber(),
            new Turn("ほげほげ", Says(MessageKeys.NotUnderstoodFirst), Says(MessageKeys.CancelAskStage), NoOutcome),
            new Turn("ふがふが", Says(MessageKeys.NotUnderstoodSecond), Buttons(MessageKeys.CommonYes, MessageKeys.CommonNo), NoOutcome),
            Yes("ja", Escalates("not_understood")));

        yield return Conversation.Japanese(
            "declining the person after two misunderstandings asks the question again",
            StartCancellation(),
            GiveOrderNumber(),
            new Turn("ほげほげ", Says(MessageKeys.NotUnderstoodFirst)),
            new Turn("ふがふが", Says(MessageKeys.NotUnderstoodSecond)),
            No("ja", Says(MessageKeys.CancelAskStage), NoOutcome),
            Tapping(StageButton(OrderStage.NotShipped), "ja", Says(MessageKeys.CancelAskSeller)));
    }
}
