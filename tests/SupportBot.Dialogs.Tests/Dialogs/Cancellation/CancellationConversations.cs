using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.Dialogs.Expect;
using static SupportBot.Dialogs.Tests.Dialogs.Script;

namespace SupportBot.Dialogs.Tests.Dialogs.Cancellation;

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
                yield return Conversation.Japanese(
                    $"cancel {KnowledgeIds.Id(stage)} {KnowledgeIds.Id(seller)}",
                    StartCancellation(),
                    GiveOrderNumber(),
                    Tapping(StageButton(stage), "ja", Says("cancel.ask_seller"), Buttons("seller.button.store", "seller.button.unknown")),
                    Tapping(SellerButton(seller), "ja", Says("cancel.ask_payment"), Buttons("payment.button.credit_card")),
                    Tapping(PaymentButton(payment), "ja", DecisionOutcome(stage, seller, payment)),
                    Yes("ja", Says("common.closing_solved")));
            }
        }
    }

    private static IEnumerable<Conversation> Others()
    {
        yield return Conversation.Japanese(
            "cancel not solved escalates",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping(StageButton(OrderStage.Preparing), "ja", Says("cancel.ask_seller")),
            Tapping(SellerButton(SellerType.Store), "ja", Says("cancel.ask_payment")),
            Tapping(PaymentButton(PaymentMethod.EMoney), "ja", DecisionOutcome(OrderStage.Preparing, SellerType.Store, PaymentMethod.EMoney)),
            No("ja", Says("escalation.reason.not_solved"), Escalates("not_solved")));

        yield return Conversation.Japanese(
            "marketplace order not solved escalates as a silent seller",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping(StageButton(OrderStage.NotShipped), "ja", Says("cancel.ask_seller")),
            Tapping(SellerButton(SellerType.Marketplace), "ja", Says("cancel.ask_payment")),
            Tapping(PaymentButton(PaymentMethod.CreditCard), "ja", DecisionOutcome(OrderStage.NotShipped, SellerType.Marketplace, PaymentMethod.CreditCard)),
            No("ja", Says("marketplace.silence_rule", ("contacts", "2"), ("hours", "24")), Says("marketplace.ask_silent"), NoOutcome),
            Yes("ja", Says("escalation.reason.seller_silent"), Escalates("seller_silent")));

        yield return Conversation.Japanese(
            "marketplace order not solved before the seller was contacted twice gets the contact-again advice",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping(StageButton(OrderStage.NotShipped), "ja", Says("cancel.ask_seller")),
            Tapping(SellerButton(SellerType.Marketplace), "ja", Says("cancel.ask_payment")),
            Tapping(PaymentButton(PaymentMethod.CreditCard), "ja", DecisionOutcome(OrderStage.NotShipped, SellerType.Marketplace, PaymentMethod.CreditCard)),
            No("ja", Says("marketplace.ask_silent"), NoOutcome),
            No("ja", Says("marketplace.recontact", ("hours", "24")), Says("marketplace.come_back"), NoOutcome));

        yield return Conversation.Japanese(
            "stage unknown explains the order history and asks again",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping("stage.button.unknown", "ja", Says("stage.how_to_see"), Says("cancel.ask_stage"), NoOutcome),
            new Turn("発送済みです", Says("cancel.ask_seller")),
            Tapping("seller.button.unknown", "ja", Says("seller.how_to_tell"), Says("cancel.ask_seller")),
            new Turn("マケプレの出品者です", Says("cancel.ask_payment")),
            new Turn("代引きで払いました", DecisionOutcome(OrderStage.Shipped, SellerType.Marketplace, PaymentMethod.CashOnDelivery)));

        yield return Conversation.Japanese(
            "payment unknown gives the outcome without refund timing",
            StartCancellation(),
            GiveOrderNumber(),
            Tapping(StageButton(OrderStage.Received), "ja"),
            Tapping(SellerButton(SellerType.Store), "ja"),
            Tapping("payment.button.unknown", "ja", DecisionOutcome(OrderStage.Received, SellerType.Store, null)));

        yield return Conversation.Japanese(
            "three invalid order numbers offer a person who takes over",
            StartCancellation(),
            new Turn("123", Says("cancel.order_number_retry", ("example", Tap("order_number.example"))), NoOutcome),
            new Turn("わかりません", Says("cancel.order_number_retry", ("example", Tap("order_number.example")))),
            new Turn("12-34", Says("cancel.order_number_third_invalid"), Buttons("common.yes", "common.no"), NoOutcome),
            Yes("ja", Escalates("invalid_order_number")));

        yield return Conversation.Japanese(
            "declining the person after three invalid order numbers asks for it again",
            StartCancellation(),
            new Turn("123", Says("cancel.order_number_retry", ("example", Tap("order_number.example")))),
            new Turn("456", Says("cancel.order_number_retry", ("example", Tap("order_number.example")))),
            new Turn("789", Says("cancel.order_number_third_invalid")),
            No("ja", Says("cancel.ask_order_number"), NoOutcome),
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
            Yes("ja", Says("common.closing_solved")));

        yield return Conversation.Japanese(
            "stage given up front is not asked again",
            new Turn("発送済みの注文をキャンセルしたい", Says("cancel.ask_order_number")),
            new Turn(OrderNumber, Says("cancel.ask_seller"), NoOutcome),
            Tapping(SellerButton(SellerType.Marketplace), "ja", Says("cancel.ask_payment")),
            Tapping(PaymentButton(PaymentMethod.ConvenienceAtm), "ja", DecisionOutcome(OrderStage.Shipped, SellerType.Marketplace, PaymentMethod.ConvenienceAtm)));

        yield return Conversation.Japanese(
            "answers typed in full-width and colloquial Japanese are understood",
            StartCancellation(),
            GiveOrderNumber(),
            new Turn("まだ発送されてないです", Says("cancel.ask_seller")),
            new Turn("ストアの商品", Says("cancel.ask_payment")),
            new Turn("ＰａｙＰａｙ", DecisionOutcome(OrderStage.NotShipped, SellerType.Store, PaymentMethod.EMoney)),
            new Turn("うん、大丈夫です", Says("common.closing_solved")));

        yield return Conversation.Japanese(
            "buttons answered by number are understood",
            StartCancellation(),
            GiveOrderNumber(),
            new Turn("3", Says("cancel.ask_seller")),
            new Turn("1", Says("cancel.ask_payment")),
            new Turn("1", DecisionOutcome(OrderStage.Shipped, SellerType.Store, PaymentMethod.CreditCard)));

        yield return Conversation.Japanese(
            "two answers in a row not understood offer a person",
            StartCancellation(),
            GiveOrderNumber(),
            new Turn("ほげほげ", Says("not_understood.first"), Says("cancel.ask_stage"), NoOutcome),
            new Turn("ふがふが", Says("not_understood.second"), Buttons("common.yes", "common.no"), NoOutcome),
            Yes("ja", Escalates("not_understood")));

        yield return Conversation.Japanese(
            "declining the person after two misunderstandings asks the question again",
            StartCancellation(),
            GiveOrderNumber(),
            new Turn("ほげほげ", Says("not_understood.first")),
            new Turn("ふがふが", Says("not_understood.second")),
            No("ja", Says("cancel.ask_stage"), NoOutcome),
            Tapping(StageButton(OrderStage.NotShipped), "ja", Says("cancel.ask_seller")));
    }
}
