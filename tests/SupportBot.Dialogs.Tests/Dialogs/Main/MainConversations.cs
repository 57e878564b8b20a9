using SupportBot.Knowledge;
using static SupportBot.Dialogs.Tests.Dialogs.Expect;
using static SupportBot.Dialogs.Tests.Dialogs.Script;

namespace SupportBot.Dialogs.Tests.Dialogs.Main;

/// <summary>Routing, the menu, messages not understood, topics one after another, and English conversations.</summary>
internal static class MainConversations
{
    public static IEnumerable<Conversation> All
    {
        get
        {
            yield return Conversation.Japanese(
                "a greeting shows the menu",
                new Turn("こんにちは", Says("menu.prompt"), Buttons("menu.cancel_order", "menu.refund", "menu.request_failed", "menu.shipped_anyway", "menu.faq", "menu.human"), NoOutcome),
                Tapping("menu.cancel_order", "ja", Says("cancel.ask_order_number")));

            yield return Conversation.Japanese(
                "two messages in a row not understood offer a person",
                new Turn("ほげほげ", Says("not_understood.first"), Says("menu.prompt"), NoOutcome),
                new Turn("ふがふが", Says("not_understood.second"), Buttons("common.yes", "common.no"), NoOutcome),
                Yes("ja", Escalates("not_understood")));

            yield return Conversation.Japanese(
                "a message not understood and then a menu choice carries on",
                new Turn("ほげほげ", Says("not_understood.first")),
                Tapping("menu.refund", "ja", Says("refund.ask_payment")));

            yield return Conversation.Japanese(
                "asking for a person first escalates at once",
                Tapping("menu.human", "ja", Escalates("customer_request")));

            yield return Conversation.Japanese(
                "after one topic the next message opens another",
                new Turn("キャンセルリクエストとは何ですか？", Says("faq.did_that_answer")),
                Yes("ja", Says("common.closing_solved")),
                new Turn("返金について", Says("refund.ask_payment")));

            yield return Conversation.Japanese(
                "help between topics explains and shows the menu",
                Tapping("menu.human", "ja", Escalates("customer_request")),
                new Turn("ヘルプ", Says("help.general"), Says("menu.prompt")));

            yield return Conversation.English(
                "english cancellation from start to end",
                new Turn("I want to cancel my order", Says("cancel.ask_order_number")),
                new Turn(OrderNumber, Says("cancel.ask_stage"), Buttons("stage.button.not_shipped")),
                Tapping("stage.button.shipped", "en", Says("cancel.ask_seller")),
                Tapping("seller.button.marketplace", "en", Says("cancel.ask_payment")),
                Tapping("payment.button.credit_card", "en", DecisionOutcome(OrderStage.Shipped, SellerType.Marketplace, PaymentMethod.CreditCard)),
                new Turn("yes", Says("common.closing_solved")));

            yield return Conversation.English(
                "english refund overdue",
                new Turn("Where is my refund? I paid by credit card", Says("refund.ask_when")),
                new Turn("10 days ago", Says("refund.overdue", ("days", Snapshot.RefundTimingFor(PaymentMethod.CreditCard).OverdueDays(10).ToString(System.Globalization.CultureInfo.InvariantCulture))), Escalates("refund_overdue")));

            yield return Conversation.English(
                "english failure cause and remedy",
                new Turn("My cancel request failed with an error", Says("failed.ask_cause")),
                Tapping("failed.cause_unknown", "en", Says("failed.after_failure_intro")),
                Tapping("failed.button.still_fails", "en", Escalates("remedy_failed")));

            yield return Conversation.English(
                "english help and start over",
                new Turn("cancel my order", Says("cancel.ask_order_number")),
                new Turn("help", Says("help.order_number"), Says("cancel.ask_order_number")),
                new Turn("start over", Says("nav.start_over"), Says("menu.prompt")));

            yield return new Conversation(
                "english text from a japanese client is answered in english",
                [
                    new Turn("I want to cancel my order", Says("cancel.ask_order_number")),
                    new Turn(OrderNumber, Says("cancel.ask_stage")),
                    Tapping("stage.button.not_shipped", "en", Says("cancel.ask_seller")),
                ],
                Locale: "ja-JP",
                Language: "en");
        }
    }
}
